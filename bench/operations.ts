/**
 * The operations a benchmark sends: every examples/*.graphql (with its .variables.json),
 * or a JSON list given with --ops, and how each becomes an HTTP request over POST or GET.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { loadExamples } from '../src/examples.js';
import type { HttpRequest } from './load.js';

type Variables = Record<string, unknown>;

export interface Operation {
  /** Example file name without extension, e.g. city-profile. */
  name: string;
  operationName?: string;
  query: string;
  variables?: Variables;
  /** Variables for the i-th request in distinct mode, drawn from the corpus; see withCorpusVariables. */
  variablesFor?: (i: number) => Variables;
}

/** Reads the examples folder, or a JSON file holding [{ name, query, variables? }]. */
export function loadOperations(source: { examplesDir: string } | { opsFile: string }): Operation[] {
  const listed =
    'opsFile' in source
      ? (JSON.parse(readFileSync(source.opsFile, 'utf8')) as { name: string; query: string; variables?: Variables }[])
      : loadExamples(source.examplesDir);
  return listed.map((op) => ({ ...op, operationName: operationNameOf(op.query) }));
}

function operationNameOf(query: string): string | undefined {
  const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operation?.kind === Kind.OPERATION_DEFINITION ? operation.name?.value : undefined;
}

/** Keys and names that occur in a corpus, most frequent first, and keys of facts the examples ask about. */
export interface CorpusSample {
  cities: string[];
  companies: string[];
  topics: string[];
  /** Agreements with signatories, events of the kinds the events example lists, facts other articles report on. */
  signedAgreements: string[];
  events: string[];
  reportedAgreements: string[];
  reportedVisits: string[];
}

type Row = { key: string; name: string; kind?: string; participants?: unknown[] };

/** Counts entities in up to `maxFiles` article files spread evenly over the folder. */
export function sampleCorpus(dir: string, maxFiles = 300): CorpusSample {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const step = Math.max(1, files.length / maxFiles);
  const counts = { cities: new Map<string, number>(), companies: new Map<string, number>(), topics: new Map<string, number>() };
  const facts = { signedAgreements: [] as string[], events: [] as string[], reportedAgreements: [] as string[], reportedVisits: [] as string[] };
  const add = (map: Map<string, number>, value: string) => map.set(value, (map.get(value) ?? 0) + 1);
  for (let i = 0; i < files.length; i += step) {
    const article = JSON.parse(readFileSync(join(dir, files[Math.floor(i)]!), 'utf8')) as Record<string, Row[] | undefined> & {
      reports?: Record<string, Row[] | undefined>;
    };
    for (const city of article.cities ?? []) add(counts.cities, city.key);
    for (const organisation of article.organisations ?? []) if (organisation.kind === 'company') add(counts.companies, organisation.key);
    for (const topic of article.topics ?? []) add(counts.topics, topic.name);
    for (const agreement of article.agreements ?? []) if (agreement.participants?.length) facts.signedAgreements.push(agreement.key);
    for (const event of article.events ?? []) if (event.kind === 'signing-ceremony' || event.kind === 'forum') facts.events.push(event.key);
    for (const agreement of article.reports?.agreements ?? []) facts.reportedAgreements.push(agreement.key);
    for (const visit of article.reports?.visits ?? []) facts.reportedVisits.push(visit.key);
  }
  const byFrequency = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).map(([value]) => value);
  return { cities: byFrequency(counts.cities), companies: byFrequency(counts.companies), topics: byFrequency(counts.topics), ...facts };
}

/** Per example, the variables of its i-th request, cycling through what the corpus holds. */
const CORPUS_VARIABLES: Record<string, [list: keyof CorpusSample, variable: string]> = {
  'city-profile': ['cities', 'key'],
  'company-profile': ['companies', 'key'],
  'search-district-heating': ['topics', 'text'],
  'agreement-signatories-and-witnesses': ['signedAgreements', 'key'],
  'follow-up-reports': ['reportedAgreements', 'key'],
  'reports-that-disagree': ['reportedVisits', 'key'],
  'date-without-a-year': ['events', 'key'],
};

/** Attaches variablesFor to the operations that have a generator and a corpus that fills it. */
export function withCorpusVariables(operations: Operation[], sample: CorpusSample): Operation[] {
  return operations.map((op) => {
    const [list, variable] = CORPUS_VARIABLES[op.name] ?? [];
    const values = list ? sample[list] : [];
    return values.length > 0 ? { ...op, variablesFor: (i: number) => ({ [variable!]: values[i % values.length] }) } : op;
  });
}

/**
 * In distinct mode every request also carries this variable with its sequence number. The
 * operation does not declare it, so GraphQL ignores it, but it makes every request body (or
 * query string) unique, so no response cache can answer from memory.
 */
export const DISTINCT_VARIABLE = 'benchRequest';

export function distinctVariables(op: Operation, i: number): Variables {
  return { ...(op.variablesFor?.(i) ?? op.variables), [DISTINCT_VARIABLE]: i };
}

const ACCEPT = 'application/graphql-response+json, application/json';

export function graphqlRequest(method: 'GET' | 'POST', endpointPath: string, op: Operation, variables = op.variables): HttpRequest {
  if (method === 'POST') {
    return {
      method,
      path: endpointPath,
      headers: { 'content-type': 'application/json', accept: ACCEPT },
      body: JSON.stringify({ query: op.query, variables, operationName: op.operationName }),
    };
  }
  const params = new URLSearchParams({ query: op.query });
  if (variables) params.set('variables', JSON.stringify(variables));
  if (op.operationName) params.set('operationName', op.operationName);
  return { method, path: `${endpointPath}?${params}`, headers: { accept: ACCEPT } };
}
