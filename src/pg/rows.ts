/**
 * The rows of the database schema (migrations/), made from a built store, one group
 * per article: its own row, the records it owns (the facts it declares, the entities it is the
 * first to mention), their references, mentions and roles, and the search documents of all of them. A
 * group is what one ingest transaction replaces; its hash says whether it has to.
 *
 * Everything the store derives from the whole corpus (merged entities, reports folded into facts,
 * derived countries, a visit's events' participants) is taken from the store, so the database
 * answers what the store answers; a record's rank is not stored, its order key is (natural-order.ts).
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { ENTITY_KINDS, FACT_KINDS, KINDS, timeOf, type RowKind } from '../corpus/kinds.js';
import { packOffsets } from '../corpus/locate.js';
import type { AgreementRecord, AnyRecord, ArticleRecord, EntityRecord, EventRecord, FactRecord, LocatedEvidence, VisitRecord } from '../corpus/model.js';
import { factOrderKey, orderKey } from '../corpus/natural-order.js';
import { publicationInstants } from '../corpus/queries.js';
import { DERIVED_COUNTRY_FIELD, forEachReference, referencesOf } from '../corpus/references.js';
import { PARTICIPATED_KINDS, type Derived } from '../corpus/corpus-store.js';
import type { Places } from '../corpus/places.js';
import type { Store } from '../corpus/store.js';
import { boundsOf } from '../corpus/time.js';
import { timestamptzOf } from './instants.js';
import { searchDocOf } from './search-doc.js';

export interface ArticleRow {
  key: string;
  file: string;
  content_hash: string;
  records_hash: string;
  title: string;
  source: string;
  published_at: string;
  section: string | null;
  language: string;
  url: string | null;
  /** JSON text. */
  paraphrase: string | null;
  body: readonly string[];
  order_key: string;
  /** timestamptz input (instants.ts): ISO 8601 in the years 1 to 9999. */
  published_earliest: string;
  published_latest: string;
}

export interface RecordRow {
  kind: RowKind;
  key: string;
  article: string;
  /** JSON text of the record without its rank. */
  record: string;
  /** JSON text. */
  facets: string;
  derived: string | null;
  order_key: string;
  time_earliest: string | null;
  time_latest: string | null;
  undated: boolean;
  /** An entity's quotes, which are EvidenceRows and not in `record`; null for a fact, whose record holds them. */
  evidence_count: number | null;
}

/** A reference as a record states it (or the store derives it). */
interface Reference {
  from_kind: RowKind;
  from_key: string;
  to_kind: RowKind;
  to_key: string;
  fields: string[];
}

export interface RefRow extends Reference {
  /** The referring record's order key, undatedness and kind and status facets (migrations/0002): what a list of referrers is paged by. */
  from_order_key: string;
  from_undated: boolean;
  from_facet_kind: string | null;
  from_facet_status: string | null;
  /** The referring record's time bounds (migrations/0005): what a list of referrers in a range of days is filtered by. */
  from_time_earliest: string | null;
  from_time_latest: string | null;
}

export interface MentionRow {
  article: string;
  kind: RowKind;
  key: string;
  /** The mentioning article's order key: what an entity's articles are paged by. */
  article_order_key: string;
}

/** One evidence quote of an entity, at its place in the entity's evidence (migrations/0003). */
export interface EvidenceRow {
  kind: RowKind;
  key: string;
  position: number;
  article: string;
  packed: number;
}

/** An entity's role in a visit, event or agreement: one name of one of its participant rows (migrations/0008). */
export interface RoleRow {
  /** "type:key" of the entity. */
  who: string;
  fact_kind: RowKind;
  fact_key: string;
  fact_order_key: string;
  /** The fact's kind's place in PARTICIPATED_KINDS: how participationsOf orders facts whose order ties. */
  kind_rank: number;
  /** The row's place in the fact's participants. */
  participant: number;
  role: string;
}

/** One office of a person, at its place in the person's offices (migrations/0010). */
export interface OfficeRow {
  kind: 'Person';
  person: string;
  position: number;
  role: string;
  of: string | null;
  status: string;
}

/** A city party of a sister-city agreement and another city party, at its place among the parties (migrations/0015). */
export interface SisterRow {
  kind: 'Agreement';
  agreement: string;
  city: string;
  sister: string;
  party: number;
  /** The agreement's order key and undatedness: the newest agreement's sisters come first. */
  order_key: string;
  undated: boolean;
}

export interface SearchRow {
  kind: RowKind | 'Article';
  key: string;
  article: string;
  order_key: string;
  doc: string;
  names: string[];
  phrases: string[];
  /** The record's undatedness, kind and status facets and time bounds (migrations/0009): what a list of a text's records is counted and ordered by. */
  undated: boolean;
  facet_kind: string | null;
  facet_status: string | null;
  time_earliest: string | null;
  time_latest: string | null;
}

/** An article's own search document as a list reads it: never undated, no facets, no time. */
const ARTICLE_LIST_FIELDS = { undated: false, facet_kind: null, facet_status: null, time_earliest: null, time_latest: null };

/** What one article contributes to the database. */
export interface ArticleGroup {
  article: ArticleRow;
  records: RecordRow[];
  refs: RefRow[];
  mentions: MentionRow[];
  evidence: EvidenceRow[];
  roles: RoleRow[];
  offices: OfficeRow[];
  sisters: SisterRow[];
  search: SearchRow[];
}

/**
 * What an article's rows need of the rest of the corpus: the store (rowSourceOf), or the ingest's
 * outline (src/corpus/outline.ts), which holds every article, entity and event but not the other facts.
 */
export interface RowSource {
  /** An article (its publication orders the facts it declares and the mentions of it). */
  article(key: string): ArticleRecord | undefined;
  readonly places: Places;
  /** The events that are part of a visit, in natural order. */
  eventsOf(visit: string): readonly EventRecord[];
}

export const rowSourceOf = (store: Store): RowSource => ({
  article: (key) => store.get('Article', key),
  places: store.places,
  eventsOf: (visit) => store.referrersOf('Event', 'Visit', visit).filter((event) => event.visit === visit),
});

/**
 * Every record's owning article: a fact's declaring article, an entity's first mention (articleKeys
 * is in file order). Each article's records come by kind (ENTITY_KINDS, then FACT_KINDS), each kind's in
 * the order `list` gives them (natural order).
 */
export function ownersOf(corpus: { list(kind: RowKind): readonly (EntityRecord | FactRecord)[] }): Map<string, (EntityRecord | FactRecord)[]> {
  const owned = new Map<string, (EntityRecord | FactRecord)[]>();
  const add = (article: string, record: EntityRecord | FactRecord) => {
    const list = owned.get(article);
    if (list) list.push(record);
    else owned.set(article, [record]);
  };
  for (const kind of ENTITY_KINDS) for (const entity of corpus.list(kind) as readonly EntityRecord[]) add(entity.articleKeys[0]!, entity);
  for (const kind of FACT_KINDS) for (const fact of corpus.list(kind) as readonly FactRecord[]) add(fact.articleKey, fact);
  return owned;
}

/**
 * The rows of one article. `owned` is what ownersOf gives for it (every record it owns, by kind,
 * in natural order); `contentHash` the SHA-256 of its file's bytes. The group's records_hash covers every row but the hashes themselves.
 */
export function groupOf(source: RowSource, article: ArticleRecord, owned: readonly (EntityRecord | FactRecord)[], contentHash: string): ArticleGroup {
  const [order_key] = splitOrderKey(orderKey(article));
  const instants = publicationInstants(article.publishedAt);
  const articleRow: ArticleRow = {
    key: article.key,
    file: basename(article.file),
    content_hash: contentHash,
    records_hash: '',
    title: article.title,
    source: article.source,
    published_at: article.publishedAt,
    section: article.section ?? null,
    language: article.language,
    url: article.url ?? null,
    paraphrase: article.paraphrase === undefined ? null : JSON.stringify(article.paraphrase),
    body: article.body,
    order_key,
    published_earliest: timestamptzOf(instants.earliest),
    published_latest: timestamptzOf(instants.latest),
  };
  const group: ArticleGroup = { article: articleRow, records: [], refs: [], mentions: [], evidence: [], roles: [], offices: [], sisters: [], search: [{ ...searchDocOf(article), kind: 'Article', key: article.key, article: article.key, order_key, ...ARTICLE_LIST_FIELDS }] };
  for (const record of owned) {
    const { row, facets } = recordRow(source, record, article.key);
    group.records.push(row);
    // Loops, not push(...): an entity's quotes and mentions grow with the corpus, and a call takes
    // about 125,000 arguments (a topic at 100,000 articles has more quotes; at 300,000, more mentions).
    if (!('articleKey' in record)) record.evidence.forEach((e, position) => group.evidence.push({ kind: record.type, key: record.key, position, article: e.articleKey, packed: packedOf(e) }));
    const listed = { undated: row.undated, facet_kind: facetText(facets.kind), facet_status: facetText(facets.status), time_earliest: row.time_earliest, time_latest: row.time_latest };
    const from = {
      from_order_key: row.order_key,
      from_undated: listed.undated,
      from_facet_kind: listed.facet_kind,
      from_facet_status: listed.facet_status,
      from_time_earliest: listed.time_earliest,
      from_time_latest: listed.time_latest,
    };
    group.refs.push(...refsOf(source, record).map((ref) => ({ ...ref, ...from })));
    for (const mention of mentionsOf(source, record)) group.mentions.push(mention);
    group.roles.push(...rolesOf(record, row.order_key));
    if (record.type === 'Person') record.offices.forEach((o, position) => group.offices.push({ kind: 'Person', person: record.key, position, role: o.role, of: o.of ?? null, status: o.status }));
    if (record.type === 'Agreement' && record.kind === 'sister-cities') group.sisters.push(...sistersOf(record, row));
    group.search.push({ ...searchDocOf(record), kind: record.type, key: record.key, article: article.key, order_key: row.order_key, ...listed });
  }
  articleRow.records_hash = recordsHashOf(group);
  return group;
}

/**
 * SHA-256 of an article's rows, but the hashes themselves, the references' time bounds, the
 * roles, the offices, the sister cities and the search documents' undatedness, facets and times:
 * those are their record's, which the record's row holds, and leaving them out keeps the hash of
 * rows written before migrations 0005, 0008, 0009, 0010 and 0015 added them (they fill them in),
 * so the next ingest rewrites nothing.
 */
export function recordsHashOf(group: ArticleGroup): string {
  const { content_hash: _c, records_hash: _r, ...article } = group.article;
  const hash = new JsonHash();
  hash.write(`[${JSON.stringify(article)}`);
  hash.list(group.records);
  hash.list(group.refs, ({ from_time_earliest: _e, from_time_latest: _l, ...ref }) => ref);
  hash.list(group.mentions);
  hash.list(group.evidence);
  hash.list(group.search, ({ undated: _u, facet_kind: _k, facet_status: _s, time_earliest: _e, time_latest: _l, ...doc }) => doc);
  hash.write(']');
  return hash.digest();
}

/**
 * SHA-256 of a JSON text written a piece at a time: the same hash as of JSON.stringify of the
 * whole, without the whole as one string. An article that owns an entity every article mentions
 * has a mention and a quote row for each of them, and at 1,000,000 generated articles one
 * article's rows as one string passed V8's longest (about 512 MB): "Invalid string length".
 */
class JsonHash {
  /**
   * Rows are stringified one at a time (a slice of many can pass the limit as the whole did) and
   * hashed once they reach a megabyte. Every article of 10,000 generated: 3.6 s against 2.8 for
   * one string, about 80 s of a million articles' ingest of about 100 minutes.
   */
  private static readonly PENDING = 1 << 20;
  private readonly hash = createHash('sha256');
  private pending = '';

  write(text: string): void {
    this.pending += text;
    if (this.pending.length < JsonHash.PENDING) return;
    this.hash.update(this.pending);
    this.pending = '';
  }

  /** `,[row,row,...]`: a list that follows an earlier element of the outer array. */
  list<T>(rows: readonly T[], hashed: (row: T) => unknown = (row) => row): void {
    this.write(',[');
    rows.forEach((row, index) => this.write(index === 0 ? JSON.stringify(hashed(row)) : `,${JSON.stringify(hashed(row))}`));
    this.write(']');
  }

  digest(): string {
    return this.hash.update(this.pending).digest('hex');
  }
}

/** "name\u0000key" as the order key proper and the key (PostgreSQL's text holds no NUL; the pair sorts as the string did). */
function splitOrderKey(key: string): [order: string, key: string] {
  const at = key.lastIndexOf('\u0000');
  return [key.slice(0, at), key.slice(at + 1)];
}

/** A record's fields as its row's JSON holds them: without its rank, and an entity without its quotes (EvidenceRows) and articles (mentions). */
export function storedFields(record: EntityRecord | FactRecord): Record<string, unknown> {
  if ('articleKey' in record) {
    const { order: _rank, ...fields } = record;
    return fields;
  }
  const { order: _rank, evidence: _quotes, articleKeys: _articles, ...fields } = record;
  return fields;
}

/** Longer strings (descriptions, a statement's text) are left out of facets: filters compare terms and keys. */
const MAX_FACET_LENGTH = 100;

/** A facet as `facets->>'field'` reads it: the value as text, null for none. */
const facetText = (value: unknown): string | null => (value === undefined ? null : String(value));

function recordRow(source: RowSource, record: EntityRecord | FactRecord, owner: string): { row: RecordRow; facets: Record<string, unknown> } {
  const fact = 'articleKey' in record ? record : undefined;
  const fields = storedFields(record);
  const facets: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (typeof value === 'number' || typeof value === 'boolean' || (typeof value === 'string' && value.length <= MAX_FACET_LENGTH)) facets[field] = value;
  }
  const time = fact && KINDS[fact.type].time ? timeOf(fact.type, fact) : undefined;
  const bounds = time ? boundsOf(time) : {};
  const orderText = fact
    ? factOrderKey(fact.type, fact, fact.articleKey, source.article(fact.articleKey)!.publishedAt)
    : orderKey(record as EntityRecord);
  const derived = derivedOf(source.places, record);
  const row: RecordRow = {
    kind: record.type,
    key: record.key,
    article: owner,
    record: recordJson(fields),
    facets: JSON.stringify(facets),
    derived: derived ? JSON.stringify(derived) : null,
    order_key: splitOrderKey(orderText)[0],
    time_earliest: bounds.earliest ?? null,
    time_latest: bounds.latest ?? null,
    undated: fact !== undefined && KINDS[fact.type].time !== undefined && bounds.earliest === undefined && bounds.latest === undefined,
    evidence_count: fact ? null : (record as EntityRecord).evidence.length,
  };
  return { row, facets };
}

/**
 * A record as the database keeps it: its JSON, but each evidence quote written as
 * `[article, offsets]` (offsets packed as LocatedQuote.toJSON packs them). The article is needed:
 * a fact's reports and a person's offices gather quotes from several articles. The quote's words are the
 * article's, read when asked (src/pg/view.ts).
 */
export function recordJson(record: object): string {
  return JSON.stringify(record, (key, value: unknown) => (key === 'evidence' && Array.isArray(value) ? (value as LocatedEvidence[]).map((e) => [e.articleKey, packedOf(e)]) : value));
}

const packedOf = (e: LocatedEvidence) => packOffsets(e.paragraph, e.start, e.end);

/** What the store derives of a record from others: a place's country and region, a visit's countries. */
function derivedOf(places: Places, record: AnyRecord): Record<string, Derived<string>> | undefined {
  const values: Record<string, Derived<string> | undefined> = {};
  switch (record.type) {
    case 'City':
    case 'Region':
    case 'Venue':
    case 'Organisation':
      values.country = places.countryOf(record);
      values.region = places.regionOf(record);
      break;
    case 'Visit':
      values.visitingCountry = places.visitCountry(record, 'visiting');
      values.hostCountry = places.visitCountry(record, 'host');
      break;
    default:
      return undefined;
  }
  const present = Object.entries(values).filter((entry): entry is [string, Derived<string>] => entry[1] !== undefined);
  return present.length > 0 ? Object.fromEntries(present) : undefined;
}

/**
 * A record's references as store.ts indexes them (indexReferences): stated, its derived countries,
 * and for a visit whoever takes part in its events; once per target, with the fields they come from.
 */
function refsOf(source: RowSource, record: EntityRecord | FactRecord): Reference[] {
  const targets = new Map<string, Reference>();
  const add = (kind: RowKind, key: string, field: string) => {
    const id = `${kind}\u0000${key}`;
    const row = targets.get(id);
    if (!row) targets.set(id, { from_kind: record.type, from_key: record.key, to_kind: kind, to_key: key, fields: [field] });
    else if (!row.fields.includes(field)) row.fields.push(field);
  };
  for (const ref of referencesOf(record.type, record as never)) add(ref.kind, ref.key, ref.path.replace(/\[\d+\]/g, ''));
  for (const country of source.places.derivedCountries(record)) add('Country', country, DERIVED_COUNTRY_FIELD);
  if (record.type === 'Visit') {
    for (const event of source.eventsOf(record.key)) {
      forEachReference('Event', event as never, (kind, key, participant) => participant && add(kind, key, 'derived:events'));
    }
  }
  return [...targets.values()];
}

/** The roles a fact's participant rows name, one for each name, in participantsOf's order. */
function rolesOf(record: EntityRecord | FactRecord, orderKey: string): RoleRow[] {
  const kind_rank = (PARTICIPATED_KINDS as readonly string[]).indexOf(record.type);
  if (kind_rank < 0) return [];
  const fact = record as VisitRecord | EventRecord | AgreementRecord;
  return fact.participants.flatMap((row, participant) =>
    (row.who ?? []).map((who) => ({ who, fact_kind: fact.type, fact_key: fact.key, fact_order_key: orderKey, kind_rank, participant, role: row.role })),
  );
}

/** Each city party of a sister-city agreement with each other city party, as migrations/0015 fills them. */
function sistersOf(agreement: AgreementRecord, row: RecordRow): SisterRow[] {
  const parties = agreement.parties.map((party, index) => ({ party, index })).filter(({ party }) => party.startsWith('city:'));
  return [...new Set(parties.map(({ party }) => party))].flatMap((city) =>
    parties
      .filter(({ party }) => party !== city)
      .map(({ party, index }) => ({ kind: 'Agreement' as const, agreement: agreement.key, city: city.slice(5), sister: party.slice(5), party: index, order_key: row.order_key, undated: row.undated })),
  );
}

/** The articles that hold a record (store.ts indexArticles): every mention of an entity; a fact's declaration and reports. */
function mentionsOf(source: RowSource, record: EntityRecord | FactRecord): MentionRow[] {
  const articles = 'articleKey' in record ? (record.reports?.map((r) => r.articleKey) ?? [record.articleKey]) : record.articleKeys;
  return [...new Set(articles)].map((article) => ({
    article,
    kind: record.type,
    key: record.key,
    article_order_key: splitOrderKey(orderKey(source.article(article)!))[0],
  }));
}
