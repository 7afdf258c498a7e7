/**
 * What the front-end pages (apollo-page.ts, urql-page.ts) and the test that drives them
 * (browser-clients.test.ts) share: what a page is asked to run and what it reports.
 */

/** An example operation, as the test passes it to the page. */
export interface PageOperation {
  name: string;
  /** The operation's name in its text, e.g. "CityProfile". */
  operationName: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** A list paged twice (a first page, then the next one with `after:`), and read back from the cache. */
export interface PagingCase {
  name: string;
  query: string;
  /** Variables of the first page; the next one adds `after`. */
  variables: Record<string, unknown>;
  /** The path of the connection in the answer, e.g. ["search"]. */
  path: string[];
}

export interface PageRequest {
  api: string;
  /** True: the cache is configured with the client kit; false: the client library's defaults. */
  kit: boolean;
  operations: PageOperation[];
  paging: PagingCase[];
}

export interface OperationReport {
  name: string;
  /** The client's error, if any. */
  error: string | null;
  /** The answer as the client gave it when the operation ran. */
  data: unknown;
  /** The operation read back from the cache, once everything ran: null when the cache cannot answer it whole. */
  cached: unknown;
}

export interface PagingReport {
  name: string;
  error: string | null;
  /** The ids of the list's items after the first page, after the next page, and read back from the cache at the end. */
  firstPage: string[];
  afterNextPage: string[];
  cached: string[] | null;
}

export interface PageReport {
  operations: OperationReport[];
  paging: PagingReport[];
  /** The request bodies the client sent, by operation name (the same operation is sent as the client prints it). */
  sent: Record<string, { query: string; variables?: Record<string, unknown> }>;
}

export type RunPage = (request: PageRequest) => Promise<PageReport>;

/** The ids of the items of the connection at `path` in `data`, from `nodes` or `edges`. */
export function idsAt(data: unknown, path: string[]): string[] {
  let value = data as Record<string, unknown> | null | undefined;
  for (const step of path) value = value?.[step] as Record<string, unknown> | undefined;
  const connection = value as { nodes?: { id: string }[]; edges?: { node: { id: string } }[] } | undefined;
  const items = connection?.nodes ?? connection?.edges?.map((edge) => edge.node) ?? [];
  return items.map((item) => item.id);
}

/** Records the GraphQL request bodies a page's client sends, by operation name. */
export function recordRequests(sent: PageReport['sent']): void {
  const fetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    if (typeof init?.body === 'string') {
      const body = JSON.parse(init.body) as { operationName?: string; query: string; variables?: Record<string, unknown> };
      if (body.operationName) sent[body.operationName] = { query: body.query, ...(body.variables ? { variables: body.variables } : {}) };
    }
    return fetch(input, init);
  };
}
