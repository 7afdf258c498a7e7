-- A kind's records walked in natural order, filtered by their kind or status facets, a range of
-- days or nothing (events(filter: { kind: [FORUM] }), metrics(filter: { kind: [RATE] }),
-- visits(filter: { from: "2016-01-01" })), are counted and read from records_order alone: the
-- index carries each record's kind and status facets, undatedness and time bounds, as refs_list
-- carries the referring record's (0002, 0005). Before, the walk looked up every entry it passed in
-- the table: at 100,000 generated articles the metrics of kind RATE, all 22,271 of them after
-- 242,492 metrics of other kinds, took 354 ms in the database, and take 52 ms index-only; the
-- visits since 2016 (73,035 of 133,650 dated) were counted in 600 ms to 3.8 s, and in 100 ms.
--
-- The facets are columns the table computes from `facets` (generated), so an ingest writes what
-- it wrote before. Adding them rewrites the table (29 s at 100,000 articles, its 1.3 GB twice
-- on disk until it commits).
ALTER TABLE records
  ADD COLUMN facet_kind text COLLATE "C" GENERATED ALWAYS AS (facets->>'kind') STORED,
  ADD COLUMN facet_status text COLLATE "C" GENERATED ALWAYS AS (facets->>'status') STORED;
DROP INDEX records_order;
CREATE INDEX records_order ON records (kind, order_key, key) INCLUDE (facet_kind, facet_status, undated, time_earliest, time_latest);
