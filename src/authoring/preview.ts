/**
 * `npm run preview`: what the API will show for one article file. The file is checked with a corpus
 * folder as if it were in it (in the place of the folder's file with its key, if any), and the app
 * itself (yoga.ts) is asked, in-process, what a client would ask of that article: its entities and
 * facts, with their roles, their evidence sentences and what the API derives from them.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkFile } from '../corpus/check-file.js';
import type { CorpusIssue } from '../corpus/issues.js';
import { corpusOfChecked, listFiles, type CorpusCheck } from '../corpus/load.js';
import { plural } from '../corpus/plural.js';
import type { Store } from '../corpus/store.js';
import type { LocatedArticle } from '../corpus/validate-file.js';
import { createApp } from '../yoga.js';

export interface PreviewCheck extends CorpusCheck {
  /** The article's key, when the file says it. */
  key?: string;
  /** The folder's file with the same name or key, which the file takes the place of. */
  replaced?: string;
  /** True when the file is itself in the folder. */
  inFolder: boolean;
}

/** Checks the folder's files with `file` among them, as `npm run validate` would if it were there. */
export function checkWithFile(dir: string, file: string): PreviewCheck {
  const own = checkFile(dirname(file), basename(file));
  const key = own.article?.key ?? keyIn(file);
  const listing = listFiles(dir);
  if ('issue' in listing) return { issues: [listing.issue, ...own.issues], files: 0, key, inFolder: false };
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return path;
    }
  };
  const checked: { name: string; result: { article?: LocatedArticle; issues: CorpusIssue[] } }[] = [];
  let replaced: string | undefined;
  let inFolder = false;
  for (const name of listing.names) {
    const path = join(dir, name);
    if (real(path) === real(file)) {
      inFolder = true;
      continue;
    }
    if (name === basename(file)) {
      replaced = path;
      continue;
    }
    const result = checkFile(dir, name);
    if (key !== undefined && result.article?.key === key) replaced = path;
    else checked.push({ name, result });
  }
  // The file takes its place in the folder's order (file order decides, e.g., which mention of an entity comes first).
  checked.push({ name: basename(file), result: own });
  checked.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { ...corpusOfChecked(dir, checked.map(({ result }) => result)), key, replaced, inFolder };
}

function keyIn(file: string): string | undefined {
  try {
    const { key } = JSON.parse(readFileSync(file, 'utf8')) as { key?: unknown };
    return typeof key === 'string' ? key : undefined;
  } catch {
    return undefined;
  }
}

// What is asked of the API. Each entity and fact is asked for by its global ID, with the fields of its type.
const NAMED = '__typename key name';
const EVIDENCE = 'article { key } paragraph quote sentence';
const TIME = 'words start { iso } end { iso } earliest latest part approximate basis';
const QUANTITY = '__typename words amount approximate ... on Money { currency } ... on Count { counting } ... on Rate { unit per } ... on Duration { timeUnit: unit }';
const PARTICIPANTS = `participants { role description participant { ${NAMED} } representing { ${NAMED} } evidence { ${EVIDENCE} } }`;

const ARTICLE = `query PreviewArticle($key: String!, $entities: String, $facts: String) {
  article(key: $key) {
    key title source attribution publishedOn textOrigin paragraphs
    entities(first: 100, after: $entities) { totalCount pageInfo { hasNextPage endCursor } nodes { id __typename key } }
    facts(first: 100, after: $facts) { totalCount pageInfo { hasNextPage endCursor } nodes { id __typename key } }
  }
}`;

const PLACE = `country { ${NAMED} } countryBasis city { ${NAMED} } region { ${NAMED} }`;
const ORGANISATION = `kind ${PLACE} parent { ${NAMED} }`;
const PERSON = `offices { role title status of: jurisdiction { ${NAMED} } evidence(first: 100) { nodes { ${EVIDENCE} } } }`;
const ENTITY_FIELDS: Record<string, string> = {
  Country: 'isoAlpha2 referenceSource',
  Region: `kind country { ${NAMED} } countryBasis parent { ${NAMED} }`,
  City: `isCapital country { ${NAMED} } countryBasis region { ${NAMED} } regionBasis`,
  Venue: `city { ${NAMED} } region { ${NAMED} } country { ${NAMED} } countryBasis`,
  Mayor: PERSON,
  Official: PERSON,
  Company: ORGANISATION,
  Institution: ORGANISATION,
  Topic: '',
};
const FACT_FIELDS: Record<string, string> = {
  Visit: `status time { ${TIME} } departure { ${TIME} } duration { ${QUANTITY} } visitingCity { ${NAMED} } visitingRegion { ${NAMED} }
    visitingCountry { ${NAMED} } visitingCountryBasis visitingOrganisation { ${NAMED} } hostCity { ${NAMED} } hostRegion { ${NAMED} }
    hostCountry { ${NAMED} } hostCountryBasis venue { ${NAMED} } previousVisit { key } ${PARTICIPANTS}
    purposes { description topics { key } evidence { ${EVIDENCE} } } delegation { description size { ${QUANTITY} } evidence { ${EVIDENCE} } }`,
  Event: `kind description status time { ${TIME} } city { ${NAMED} } region { ${NAMED} } country { ${NAMED} } venue { ${NAMED} }
    visit { key } topics { key } ${PARTICIPANTS}`,
  Agreement: `kind title status date { ${TIME} } parties { ${NAMED} } areas { key } areasExhaustive visit { key } ${PARTICIPANTS}`,
  Metric: `measure kind value { ${QUANTITY} } alsoStatedAs { ${QUANTITY} } change { words factor direction } from { ${TIME} } to { ${TIME} }
    asOf { ${TIME} } subjects { ${NAMED} } topics { key } flow { from { key } to { key } } attributedTo { ${NAMED} }
    conversions { rate { key } converted { amount currency } stated { amount currency } discrepancy { amount currency } discrepancyPercent }`,
  Statement: `mode speaker { ${NAMED} } text setting about { ${NAMED} } topics { key }`,
};

const entityQuery = (type: string) => `query PreviewEntity($id: ID!, $after: String) {
  node(id: $id) {
    __typename
    ... on Entity { key name articles(first: 1) { totalCount } evidence(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${EVIDENCE} } } }
    ${ENTITY_FIELDS[type] ? `... on ${type} { ${ENTITY_FIELDS[type]} }` : ''}
  }
}`;
const factQuery = (type: string) => `query PreviewFact($id: ID!) {
  node(id: $id) {
    __typename
    ... on Fact { key article { key } evidence { ${EVIDENCE} } reports { article { key } declares fields } disagreements { field versions { article { key } value } } }
    ${FACT_FIELDS[type] ? `... on ${type} { ${FACT_FIELDS[type]} }` : ''}
  }
}`;

// The answers, as far as the report reads them.
type Value = string | number | boolean | null | Value[] | { [field: string]: Value };
type Answer = { [field: string]: Value };
interface Evidence {
  article: { key: string };
  paragraph: number;
  quote: string;
  sentence: string;
}
interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}
interface ArticleAnswer {
  key: string;
  title: string;
  source: string;
  attribution: string;
  publishedOn: string;
  textOrigin: string;
  paragraphs: string[];
  entities: Page<{ id: string; __typename: string; key: string }>;
  facts: Page<{ id: string; __typename: string; key: string }>;
}

/** Fields printed apart (the heading, evidence, reports) or with another field (a basis with its value). */
const APART = new Set(['__typename', 'id', 'key', 'name', 'evidence', 'articles', 'article', 'reports', 'disagreements']);

/** The report: the article, its entities, its facts, and what the API derives, as text. */
export async function previewReport(store: Store, key: string): Promise<string> {
  const app = createApp({ store });
  const ask = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await app.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (!body.data || body.errors) throw new Error(`the API refused a preview query (${response.status}): ${body.errors?.map((e) => e.message).join('; ')}`);
    return body.data;
  };

  // The article, with every page of its entities and facts.
  let article: ArticleAnswer | undefined;
  type Listed = { nodes: ArticleAnswer['entities']['nodes']; after: string | null; done: boolean };
  const lists: Record<'entities' | 'facts', Listed> = { entities: { nodes: [], after: null, done: false }, facts: { nodes: [], after: null, done: false } };
  while (!lists.entities.done || !lists.facts.done) {
    const page = (await ask<{ article: ArticleAnswer | null }>(ARTICLE, { key, entities: lists.entities.after, facts: lists.facts.after })).article;
    if (!page) throw new Error(`the API has no article "${key}"`);
    article ??= page;
    for (const name of ['entities', 'facts'] as const) {
      const list = lists[name];
      if (list.done) continue;
      list.nodes.push(...page[name].nodes);
      list.done = !page[name].pageInfo.hasNextPage;
      // A list read to its end is asked for from its start again (and not read) while the other goes on.
      list.after = list.done ? null : page[name].pageInfo.endCursor;
    }
  }
  if (!article) throw new Error(`the API has no article "${key}"`);
  const entities = lists.entities.nodes;
  const facts = lists.facts.nodes;

  const out: string[] = [];
  const derived: string[] = [];
  out.push(`Article ${article.key}: ${JSON.stringify(article.title)}`, `  ${article.attribution} (${article.textOrigin.toLowerCase()} text), ${plural(article.paragraphs.length, 'paragraph')}`);

  out.push('', `Entities (${entities.length})`);
  for (const { id, __typename: type } of entities) {
    const node = (await ask<{ node: Answer }>(entityQuery(type), { id })).node;
    // Every page of its evidence, to pick this article's quotes out of every article's.
    const evidence = [...(node.evidence as unknown as Page<Evidence>).nodes];
    for (let page = node.evidence as unknown as Page<Evidence>; page.pageInfo.hasNextPage; ) {
      page = (await ask<{ node: { evidence: Page<Evidence> } }>(entityQuery(type), { id, after: page.pageInfo.endCursor })).node.evidence;
      evidence.push(...page.nodes);
    }
    const articles = (node.articles as { totalCount: number }).totalCount;
    out.push(`  ${type} ${node.key}: ${JSON.stringify(node.name)}`);
    out.push(...fields(node, `${type} ${node.key as string}`, article.key, derived).map((line) => `    ${line}`));
    out.push(...quotes(evidence, article.key).map((line) => `    ${line}`));
    const others = evidence.filter((e) => e.article.key !== article.key).length;
    if (articles > 1) out.push(`    also in ${plural(articles - 1, 'other article')}, with ${plural(others, 'quote')} of their own`);
  }

  out.push('', `Facts (${facts.length})`);
  for (const { id, __typename: type } of facts) {
    const node = (await ask<{ node: Answer }>(factQuery(type), { id })).node;
    const declaring = (node.article as { key: string }).key;
    const reports = node.reports as { article: { key: string }; declares: boolean; fields: string[] }[];
    const own = reports.find((r) => r.article.key === article.key);
    const heading = declaring === article.key ? 'declared here' : `declared by ${declaring}; this article reports ${own?.fields.join(', ') || 'on it'}`;
    out.push(`  ${type} ${node.key}: ${heading}`);
    out.push(...fields(node, `${type} ${node.key as string}`, article.key, derived).map((line) => `    ${line}`));
    out.push(...quotes(node.evidence as unknown as Evidence[], article.key).map((line) => `    ${line}`));
    const others = reports.filter((r) => r.article.key !== article.key);
    if (others.length > 0) out.push(`    also stated by ${others.map((r) => `${r.article.key} (${r.declares ? 'declares it' : r.fields.join(', ') || 'reports on it'})`).join('; ')}`);
    for (const { field, versions } of node.disagreements as { field: string; versions: { article: { key: string }; value: string }[] }[]) {
      out.push(`    disputed: the articles disagree on ${field}: ${versions.map((v) => `${v.value} (${v.article.key})`).join(', ')}`);
    }
  }

  out.push('', 'Derived by the API, not stated by the article');
  out.push(...(derived.length > 0 ? derived.map((line) => `  ${line}`) : ['  nothing']));
  return out.join('\n');
}

/** This article's quotes, each as its sentence with the quote marked (¶ is the paragraph, numbered from 0). */
function quotes(evidence: readonly Evidence[], articleKey: string): string[] {
  const here = evidence.filter((e) => e.article.key === articleKey);
  if (here.length === 0) return ['evidence: none in this article'];
  return ['evidence:', ...here.map((e) => `  ¶${e.paragraph} ${markQuote(e)}`)];
}

/** The quotes of a part of a record (a list, or a connection's nodes): this article's, then how many other articles add. */
function quotesOf(part: Answer, articleKey: string): string[] {
  const evidence = (Array.isArray(part.evidence) ? part.evidence : ((part.evidence as { nodes?: Value[] } | null)?.nodes ?? [])) as unknown as Evidence[];
  const here = evidence.filter((e) => e.article.key === articleKey);
  const others = evidence.length - here.length;
  return [...here.map((e) => `¶${e.paragraph} ${markQuote(e)}`), ...(others > 0 ? [`(and ${plural(others, 'quote')} in other articles)`] : [])];
}

const markQuote = ({ sentence, quote }: Evidence): string => {
  const at = sentence.indexOf(quote);
  return at < 0 ? `"${quote}" in: ${sentence}` : `${sentence.slice(0, at)}[[${quote}]]${sentence.slice(at + quote.length)}`;
};

/** A record's own fields, one per line; values the API derives or takes from reference data are noted in `derived`. */
function fields(node: Answer, what: string, articleKey: string, derived: string[]): string[] {
  const lines: string[] = [];
  for (const [field, value] of Object.entries(node)) {
    if (APART.has(field) || field.endsWith('Basis') || value === null || (Array.isArray(value) && value.length === 0)) continue;
    const basis = node[`${field}Basis`];
    if (basis === 'DERIVED' || basis === 'REFERENCE') {
      derived.push(`${what}: ${field} ${show(value)} (${basis === 'DERIVED' ? 'derived from what the articles state' : 'from reference data'})`);
    }
    if (field === 'conversions') {
      for (const c of value as Answer[]) derived.push(`${what}: ${conversion(c)}`);
      continue;
    }
    // Parts with evidence of their own (participants, offices, purposes, a delegation): each with this article's quotes.
    if (Array.isArray(value) && value.some((item) => isObject(item) && 'evidence' in item)) {
      lines.push(`${field}:`);
      for (const item of value as Answer[]) lines.push(`  ${show({ ...item, evidence: null })}`, ...quotesOf(item, articleKey).map((line) => `    ${line}`));
      continue;
    }
    if (isObject(value) && 'evidence' in value) {
      lines.push(`${field}: ${show({ ...value, evidence: null })}`, ...quotesOf(value, articleKey).map((line) => `    ${line}`));
      continue;
    }
    if (isObject(value) && 'earliest' in value) {
      // A day is its own bounds; a month, a year, a range or a date without a year is worth a note.
      if (value.earliest === null) derived.push(`${what}: ${field} ${show(value)} has no year, so date filters and ordering by date leave it out`);
      else if (value.earliest !== value.latest || (isObject(value.start) && value.start.iso !== value.earliest)) derived.push(`${what}: ${field} ${show(value)}: date filters and ordering use ${value.earliest} to ${value.latest}`);
    }
    lines.push(`${field}: ${show(value)}${basis === 'DERIVED' ? ' (derived)' : basis === 'REFERENCE' ? ' (reference data)' : ''}`);
  }
  return lines;
}

const isObject = (value: Value | undefined): value is Answer => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as one line: an entity as `Name [key]`, a time or quantity by its words and value, a list item by item. */
function show(value: Value): string {
  if (Array.isArray(value)) return value.map(show).join(', ');
  if (!isObject(value)) return typeof value === 'string' ? value : JSON.stringify(value);
  if ('iso' in value) return String(value.iso);
  if (typeof value.key === 'string') return typeof value.name === 'string' ? `${value.name} [${value.key}]` : value.key;
  if ('earliest' in value) {
    const end = isObject(value.end) ? ` to ${String(value.end.iso)}` : '';
    const extra = [value.part, value.approximate ? 'approximate' : null, value.basis ? `basis: ${String(value.basis)}` : null].filter(Boolean);
    const start = isObject(value.start) ? String(value.start.iso) : '…';
    return `"${String(value.words)}" = ${start}${end}${extra.length ? ` (${extra.join('; ')})` : ''}`;
  }
  if ('amount' in value && 'words' in value) {
    const unit = value.currency ?? (value.per ? `${String(value.unit)} per ${String(value.per)}` : value.unit) ?? value.timeUnit ?? value.counting ?? UNITS[String(value.__typename)];
    return `"${String(value.words)}" = ${value.approximate ? 'about ' : ''}${Number(value.amount).toLocaleString('en')} ${String(unit)}`;
  }
  // Participations and other parts: their fields in order, the role first, the participant without a label.
  return Object.entries(value)
    .filter(([field, v]) => v !== null && field !== '__typename' && !(Array.isArray(v) && v.length === 0))
    .map(([field, v]) => {
      const shown = typeof v === 'string' && !/^[A-Z_]+$/.test(v) ? JSON.stringify(v) : show(v);
      return field === 'role' || field === 'participant' ? shown : `${LABELS[field] ?? field} ${shown}`;
    })
    .join(' ');
}

const UNITS: Record<string, string> = { Percentage: 'percent', Factor: 'times', Area: 'square metres', Count: '' };
const LABELS: Record<string, string> = { representing: 'for' };

/** A converted figure: "converted at rate-key: 268,750,000 USD; stated 265,000,000 USD, a discrepancy of -3,750,000 USD (-1.395 %)". */
function conversion(c: Answer): string {
  const money = (m: Value) => (isObject(m) ? `${Number(m.amount).toLocaleString('en')} ${String(m.currency)}` : 'none');
  const rate = isObject(c.rate) ? String(c.rate.key) : '?';
  const stated = isObject(c.stated) ? `; stated ${money(c.stated)}, a discrepancy of ${money(c.discrepancy ?? null)} (${Number(c.discrepancyPercent).toFixed(3)} %)` : '';
  return `converted at the article's rate ${rate}: ${money(c.converted ?? null)}${stated}`;
}
