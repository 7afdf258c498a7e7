/**
 * What the corpus already holds that a draft should reuse: its entities (so that a name the corpus
 * knows gets the corpus's key) and its agreements (so that an agreement another article declares
 * is reported on rather than declared again), and the fact keys already taken.
 */
import { readdirSync } from 'node:fs';
import { checkFile } from '../../corpus/check-file.js';
import { ENTITY_KINDS, FACT_KINDS, KINDS, type EntityKind } from '../../corpus/kinds.js';
import { checkCorpus } from '../../corpus/load.js';

export interface KnownEntity {
  kind: EntityKind;
  key: string;
  name: string;
  /** The organisation's or region's kind, which articles sharing the entity must agree on. */
  term?: string;
  reference?: object;
}

export interface KnownAgreement {
  key: string;
  kind: string;
  title: string;
  parties: readonly string[];
}

export interface KnownCorpus {
  entities: KnownEntity[];
  agreements: KnownAgreement[];
  factKeys: Set<string>;
  /** Set when the corpus has problems: then only the articles that pass their own check were read. */
  warning?: string;
}

type Row = { key: string; name?: string; kind?: string; title?: string; reference?: object; parties?: readonly string[] };

/** Reads the corpus with the project's loader; a corpus with problems is read file by file, keeping what each valid file declares. */
export function readCorpus(dir: string): KnownCorpus {
  const known: KnownCorpus = { entities: [], agreements: [], factKeys: new Set() };
  const add = (lists: (list: string) => readonly Row[]) => {
    for (const kind of ENTITY_KINDS) {
      for (const row of lists(KINDS[kind].list)) {
        if (known.entities.some((entity) => entity.kind === kind && entity.key === row.key)) continue;
        known.entities.push({ kind, key: row.key, name: row.name!, ...(row.kind !== undefined && { term: row.kind }), ...(row.reference !== undefined && { reference: row.reference }) });
      }
    }
    for (const kind of FACT_KINDS) for (const row of lists(KINDS[kind].list)) known.factKeys.add(row.key);
    for (const row of lists('agreements')) known.agreements.push({ key: row.key, kind: row.kind!, title: row.title ?? '', parties: row.parties ?? [] });
  };
  const { store, issues } = checkCorpus(dir);
  if (store) {
    const kindOfList = new Map([...ENTITY_KINDS, ...FACT_KINDS].map((kind) => [KINDS[kind].list as string, kind]));
    add((list) => store.list(kindOfList.get(list)!) as unknown as readonly Row[]);
    return known;
  }
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return { ...known, warning: `cannot read the corpus folder ${dir}: names are not matched to corpus keys` };
  }
  for (const name of names) {
    const { article, issues: own } = checkFile(dir, name);
    if (article && own.length === 0) add((list) => ((article as unknown as Record<string, readonly Row[] | undefined>)[list] ?? []));
  }
  return { ...known, warning: `${dir} has ${issues.length} problem${issues.length === 1 ? '' : 's'} (npm run validate -- ${dir}): names are matched against the files that pass their own check` };
}
