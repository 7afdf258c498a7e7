-- An entity's evidence quotes in a table of their own, one row per quote, paged like a list. An
-- entity's record held one quote for every article that mentions it and the keys of those
-- articles: at 1,000 articles the largest topic's record was 112 KB (73 KB of quotes, 39 KB of
-- article keys), and at 100,000 articles a profile that met such an entity (a city's country, a
-- visit's topic) parsed megabytes to show a name. Now the record holds neither: the quotes are
-- here and the articles are `mentions`.
--
-- A fact's quotes stay in its record: a fact is stated by one article and the few that report it.
CREATE TABLE evidence (
  kind text COLLATE "C" NOT NULL,
  key text COLLATE "C" NOT NULL,
  -- The quote's place in the entity's evidence (0 first), the store's order: by article in file order, then as the article lists them.
  position integer NOT NULL,
  article text COLLATE "C" NOT NULL,
  -- Paragraph and offsets, packed as LocatedQuote.toJSON packs them (src/corpus/locate.ts).
  packed bigint NOT NULL,
  PRIMARY KEY (kind, key, position),
  FOREIGN KEY (kind, key) REFERENCES records (kind, key) ON DELETE CASCADE
);

-- How many quotes of the record are in `evidence`; null where the record holds its own (facts, and
-- rows written before this migration until the next ingest rewrites them: their hash changed).
ALTER TABLE records ADD COLUMN evidence_count integer;
