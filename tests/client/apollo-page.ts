/**
 * A front end on another origin using Apollo Client with the client kit, as an app would: one
 * client and one cache for the whole visit, the example operations as graphql-codegen typed them
 * (news-graph/client/examples), lists paged with fetchMore. Runs in Chromium only: the test
 * bundles it with esbuild (Apollo Client's development build, so that its warnings are on) and
 * calls `globalThis.runPage`. With `kit: false` the cache has Apollo's defaults, the control
 * that shows what the kit prevents.
 */
import { ApolloClient, gql, HttpLink, InMemoryCache, NetworkStatus, type DocumentNode, type OperationVariables } from '@apollo/client';
import { loadDevMessages, loadErrorMessages } from '@apollo/client/dev';
import { cacheConfig } from 'news-graph/client/apollo';
import * as examples from 'news-graph/client/examples';
import { idsAt, recordRequests, type OperationReport, type PageReport, type PagingReport, type RunPage } from './page.js';

loadDevMessages();
loadErrorMessages();

/** The typed document of an example, by its operation name (CityProfile: CityProfileDocument). */
function typedDocument(operationName: string): DocumentNode {
  const document = (examples as Record<string, unknown>)[`${operationName}Document`];
  if (!document) throw new Error(`news-graph/client/examples has no ${operationName}Document`);
  return document as DocumentNode;
}

const message = (error: unknown) => (error ? String((error as Error).message ?? error) : null);

const runPage: RunPage = async ({ api, kit, operations, paging }) => {
  const sent: PageReport['sent'] = {};
  recordRequests(sent);
  const client = new ApolloClient({ cache: new InMemoryCache(kit ? cacheConfig() : {}), link: new HttpLink({ uri: api }) });

  const reports: OperationReport[] = [];
  for (const operation of operations) {
    const { data, error } = await client.query({ query: typedDocument(operation.operationName), variables: operation.variables, fetchPolicy: 'network-only', errorPolicy: 'all' });
    reports.push({ name: operation.name, error: message(error), data: data ?? null, cached: null });
  }

  const paged: PagingReport[] = [];
  for (const list of paging) {
    const query = gql(list.query);
    const observable = client.watchQuery<Record<string, unknown>, OperationVariables>({ query, variables: list.variables });
    try {
      // The list as the page shows it: every complete result the watched query gives, with its network status.
      const results: { data: Record<string, unknown>; ready: boolean }[] = [];
      let notify = () => {};
      const subscription = observable.subscribe((result) => {
        if (result.dataState !== 'complete') return;
        results.push({ data: result.data, ready: result.networkStatus === NetworkStatus.ready });
        notify();
      });
      /** The first ready result from `index` on. */
      const readyFrom = (index: number) =>
        new Promise<Record<string, unknown>>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('the watched query gave no result within 5 s')), 5000);
          notify = () => {
            const found = results.slice(index).find((r) => r.ready);
            if (found) {
              clearTimeout(timer);
              resolve(found.data);
            }
          };
          notify();
        });
      const first = await readyFrom(0);
      let connection = first as Record<string, unknown> | undefined;
      for (const step of list.path) connection = connection?.[step] as Record<string, unknown> | undefined;
      const { endCursor } = (connection?.pageInfo ?? {}) as { endCursor?: string };
      const before = results.length;
      // fetchMore writes the next page into the cache; the watched query then gives the list again, ready.
      await observable.fetchMore({ variables: { after: endCursor } });
      const after = await readyFrom(before);
      subscription.unsubscribe();
      const cached = client.readQuery({ query, variables: list.variables });
      paged.push({ name: list.name, error: null, firstPage: idsAt(first, list.path), afterNextPage: idsAt(after, list.path), cached: cached ? idsAt(cached, list.path) : null });
    } catch (error) {
      paged.push({ name: list.name, error: message(error), firstPage: [], afterNextPage: [], cached: null });
    }
  }

  // Everything ran in one cache: each example must still be whole in it.
  for (const [index, operation] of operations.entries()) {
    reports[index]!.cached = client.readQuery({ query: typedDocument(operation.operationName), variables: operation.variables }) ?? null;
  }
  client.stop();
  return { operations: reports, paging: paged, sent };
};

(globalThis as typeof globalThis & { runPage?: RunPage }).runPage = runPage;
