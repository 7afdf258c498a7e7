-- A list filtered by a text (visits(filter: { text: "district heating" }), alone or with a kind,
-- status or range of days) is counted and paged from search_docs: the records of a kind whose
-- document holds every word. Before, every match was read into Node and filtered there: at
-- 100,000 generated articles that timed out past 3 s or was refused past PG_MAX_RECORDS_READ.
--
-- 1. A search document carries its record's undatedness, kind and status facets and time bounds,
--    as a reference does (0002, 0005), so that a text's list is counted and ordered without reading
--    the records. The columns are the record's: the rows' hash (ingest) leaves them out, so a
--    database filled here is not rewritten by the next ingest. An article is never undated.
ALTER TABLE search_docs
  ADD COLUMN undated boolean,
  ADD COLUMN facet_kind text COLLATE "C",
  ADD COLUMN facet_status text COLLATE "C",
  ADD COLUMN time_earliest text COLLATE "C",
  ADD COLUMN time_latest text COLLATE "C";
-- The words stay as they are: search_words (0001), which counts them, is left alone.
ALTER TABLE search_docs DISABLE TRIGGER search_docs_updated;
UPDATE search_docs AS d SET undated = r.undated, facet_kind = r.facets->>'kind', facet_status = r.facets->>'status', time_earliest = r.time_earliest, time_latest = r.time_latest
  FROM records AS r WHERE r.kind = d.kind AND r.key = d.key;
UPDATE search_docs SET undated = false WHERE kind = 'Article';
ALTER TABLE search_docs ENABLE TRIGGER search_docs_updated;
ALTER TABLE search_docs ALTER COLUMN undated SET NOT NULL;

-- 2. The words' index holds the kind too (btree_gin, a contrib module PostgreSQL ships, trusted:
--    a database's owner may create it), so that a text's list finds its kind's documents alone:
--    at 100,000 articles "district heating" is in 48,905 documents, 10,365 of them visits. A
--    search over every kind uses the same index for its words alone.
CREATE EXTENSION IF NOT EXISTS btree_gin;
DROP INDEX search_docs_doc;
CREATE INDEX search_docs_doc ON search_docs USING gin (kind, doc);
