-- The corpus as the in-memory store holds it (src/corpus/store.ts): articles, the records of every
-- kind in src/corpus/kinds.ts, the references between them indexed from both ends, which records
-- each article holds, and a full-text index. docs/postgres.md explains each table and index and
-- which store question it answers. `npm run ingest` writes all of it; nothing else does.
--
-- Keys and order keys are COLLATE "C": they sort by code point, as the store's order keys compare
-- (JavaScript compares UTF-16 code units, which is the same order outside the astral planes), and
-- whatever the database's default collation is.

-- One row per article file. The record's own fields (src/corpus/build-store.ts articleRecord) are
-- columns; `records_hash` covers every row the article owns in the tables below.
CREATE TABLE articles (
  key text COLLATE "C" PRIMARY KEY,
  -- The file's name in the folder it was ingested from (not unique: an article left by an ingest
  -- without --prune keeps the name a new file may now have).
  file text NOT NULL,
  -- SHA-256 of the file's bytes, and of the rows the ingest made of the article (they change when
  -- another article changes what it owns: a shared entity's evidence, a derived country).
  content_hash text NOT NULL,
  records_hash text NOT NULL,
  title text NOT NULL,
  source text NOT NULL,
  -- As the file states it ("2014-12-04", or a date-time with its offset).
  published_at text NOT NULL,
  section text,
  language text NOT NULL,
  url text,
  -- json, not jsonb: jsonb would reorder the object's keys.
  paraphrase json,
  body text[] NOT NULL,
  -- The natural order (src/corpus/natural-order.ts): ORDER BY order_key, key.
  order_key text COLLATE "C" NOT NULL,
  -- The instants the publication can be (queries.ts publicationInstants): what publishedFrom/To compare.
  published_earliest timestamptz NOT NULL,
  published_latest timestamptz NOT NULL
);
CREATE INDEX articles_order ON articles (order_key, key);
CREATE INDEX articles_published ON articles (published_earliest, published_latest);

-- One row per entity and fact, all kinds in one table: a kind added to kinds.ts needs no migration.
-- `article` is the article that owns the row: the one that declares a fact, the first (in file
-- order) that mentions an entity. Deleting an article deletes what it owns, and through the
-- cascades below everything that hangs off those records.
CREATE TABLE records (
  kind text COLLATE "C" NOT NULL,
  key text COLLATE "C" NOT NULL,
  article text COLLATE "C" NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
  -- The record as the store holds it (evidence located, reports and disagreements merged, an
  -- entity's articleKeys), without its rank. json keeps the text as written: key order matters to
  -- answers (a report's stated values are listed in their order).
  record json NOT NULL,
  -- Its top-level scalar fields (strings up to 100 characters, numbers, booleans): status, kind,
  -- mode, speaker, capital, ... What filters compare, with a GIN index for containment (@>).
  facets jsonb NOT NULL,
  -- Values the store derives from other records (store.ts countryOf, regionOf, visitCountry), each
  -- as {"value", "basis"}: "country" and "region" of a place, "visitingCountry" and "hostCountry" of a visit.
  derived jsonb,
  order_key text COLLATE "C" NOT NULL,
  -- A fact's time bounds (time.ts boundsOf), days as YYYY-MM-DD, compared as the store compares them;
  -- `undated` for a fact whose kind has a time but whose time has no bounds: it stays last in both directions.
  time_earliest text COLLATE "C",
  time_latest text COLLATE "C",
  undated boolean NOT NULL DEFAULT false,
  PRIMARY KEY (kind, key)
);
CREATE INDEX records_order ON records (kind, order_key, key);
CREATE INDEX records_article ON records (article);
CREATE INDEX records_time ON records (kind, time_earliest, time_latest) WHERE NOT undated;
CREATE INDEX records_facets ON records USING gin (facets jsonb_path_ops);

-- Every record -> kind:key reference, stated or derived, once per pair (store.ts "referrers"):
-- read from the target's end for "the visits that refer to city X" and from the record's end for
-- "what does this record point at". `fields` says where: the paths that state it, indexes left out
-- ("parties", "participants.who", "participants.for", "offices.of", "reference.country"), and
-- "derived:country" (the country a place lies in by its region or city, or a visit's side by its
-- city or region) or "derived:events" (someone who takes part in one of the visit's events).
CREATE TABLE refs (
  from_kind text COLLATE "C" NOT NULL,
  from_key text COLLATE "C" NOT NULL,
  to_kind text COLLATE "C" NOT NULL,
  to_key text COLLATE "C" NOT NULL,
  fields text[] NOT NULL,
  PRIMARY KEY (from_kind, from_key, to_kind, to_key),
  FOREIGN KEY (from_kind, from_key) REFERENCES records (kind, key) ON DELETE CASCADE
);
CREATE INDEX refs_target ON refs (to_kind, to_key, from_kind) INCLUDE (from_key, fields);

-- Which records each article holds (store.ts "byArticle", and from the entities' end
-- "articlesByEntity"): the entities it mentions and the facts it declares or reports on.
CREATE TABLE mentions (
  article text COLLATE "C" NOT NULL,
  kind text COLLATE "C" NOT NULL,
  key text COLLATE "C" NOT NULL,
  PRIMARY KEY (article, kind, key),
  FOREIGN KEY (kind, key) REFERENCES records (kind, key) ON DELETE CASCADE
);
CREATE INDEX mentions_record ON mentions (kind, key);

-- Full-text search over articles and records (src/pg/search-doc.ts): the words of src/corpus/search.ts,
-- each once with its best weight (A names and titles, B keywords, C running text and article bodies).
CREATE TABLE search_docs (
  kind text COLLATE "C" NOT NULL,
  key text COLLATE "C" NOT NULL,
  -- The owning article, as in records (an article owns its own document).
  article text COLLATE "C" NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
  -- The record's order key: ties in the ranking go by kind, then natural order.
  order_key text COLLATE "C" NOT NULL,
  doc tsvector NOT NULL,
  -- Normalized names and titles (exact-name bonus), and every normalized field but a body (phrase bonus).
  names text[] NOT NULL,
  phrases text[] NOT NULL,
  PRIMARY KEY (kind, key)
);
CREATE INDEX search_docs_doc ON search_docs USING gin (doc);
CREATE INDEX search_docs_article ON search_docs (article);

-- How many documents hold each word: the in-memory index's posting lengths, which the cost of a
-- search counts before it runs (SearchIndex.scanSize). Kept by the statement triggers below.
CREATE TABLE search_words (
  word text COLLATE "C" PRIMARY KEY,
  docs integer NOT NULL CHECK (docs > 0)
);

CREATE FUNCTION search_words_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    -- Words no document holds any more go first; the others count down.
    DELETE FROM search_words AS w
     USING (SELECT lexeme, count(*) AS n FROM removed, unnest(removed.doc) GROUP BY lexeme) AS gone
     WHERE w.word = gone.lexeme AND w.docs <= gone.n;
    UPDATE search_words AS w SET docs = w.docs - gone.n
      FROM (SELECT lexeme, count(*) AS n FROM removed, unnest(removed.doc) GROUP BY lexeme) AS gone
     WHERE w.word = gone.lexeme;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO search_words AS w (word, docs)
      SELECT lexeme, count(*) FROM added, unnest(added.doc) GROUP BY lexeme
      ON CONFLICT (word) DO UPDATE SET docs = w.docs + excluded.docs;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER search_docs_inserted AFTER INSERT ON search_docs
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_words_count();
CREATE TRIGGER search_docs_deleted AFTER DELETE ON search_docs
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION search_words_count();
CREATE TRIGGER search_docs_updated AFTER UPDATE ON search_docs
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_words_count();

-- What the whole corpus is, as of the last ingest: one row.
CREATE TABLE corpus (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  -- Raised by every ingest transaction that changes anything: replicas and caches key on it.
  version bigint NOT NULL DEFAULT 0,
  ingested_at timestamptz,
  -- Records per kind, Article included.
  counts jsonb,
  -- The store's value sizes (src/corpus/value-sizes.ts), which the cost of a query counts by; maps as objects.
  sizes jsonb
);
INSERT INTO corpus DEFAULT VALUES;
