/**
 * A front end on another origin using urql with Graphcache and the client kit: one client and
 * one normalised cache for the whole visit, the example operations, lists paged by asking for the
 * next page (`after:`), which relayPagination merges into the list. Runs in Chromium only: the
 * test bundles it with esbuild (development build, so that Graphcache's warnings are on) and calls
 * `globalThis.runPage`. With `kit: false` Graphcache has no options, the control that shows what
 * the kit prevents.
 */
import { Client, fetchExchange, gql } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { graphcacheOptions } from 'news-graph/client/urql';
import { idsAt, recordRequests, type OperationReport, type PageReport, type PagingReport, type RunPage } from './page.js';

const runPage: RunPage = async ({ api, kit, operations, paging }) => {
  const sent: PageReport['sent'] = {};
  recordRequests(sent);
  const client = new Client({ url: api, exchanges: [cacheExchange(kit ? graphcacheOptions() : {}), fetchExchange], preferGetMethod: false });

  const reports: OperationReport[] = [];
  for (const operation of operations) {
    const { data, error } = await client.query(gql(operation.query), operation.variables ?? {}, { requestPolicy: 'network-only' }).toPromise();
    reports.push({ name: operation.name, error: error ? error.message : null, data: data ?? null, cached: null });
  }

  const paged: PagingReport[] = [];
  for (const list of paging) {
    const query = gql(list.query);
    const first = await client.query(query, list.variables).toPromise();
    let pageInfo = first.data as Record<string, unknown> | undefined;
    for (const step of list.path) pageInfo = pageInfo?.[step] as Record<string, unknown> | undefined;
    const { endCursor } = (pageInfo?.pageInfo ?? {}) as { endCursor?: string };
    const next = await client.query(query, { ...list.variables, after: endCursor }).toPromise();
    const cached = client.readQuery(query, list.variables);
    const error = first.error ?? next.error;
    paged.push({
      name: list.name,
      error: error ? error.message : null,
      firstPage: idsAt(first.data, list.path),
      afterNextPage: idsAt(next.data, list.path),
      cached: cached?.data ? idsAt(cached.data, list.path) : null,
    });
  }

  // Everything ran in one cache: each example must still be whole in it (readQuery answers from the cache alone).
  for (const [index, operation] of operations.entries()) {
    reports[index]!.cached = client.readQuery(gql(operation.query), operation.variables ?? {})?.data ?? null;
  }
  return { operations: reports, paging: paged, sent };
};

(globalThis as typeof globalThis & { runPage?: RunPage }).runPage = runPage;
