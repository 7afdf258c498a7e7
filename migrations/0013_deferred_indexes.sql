-- An ingest into a database with no article yet drops the indexes that are not unique (no key or
-- constraint needs them), loads, and builds them again (src/pg/ingest.ts): a bulk build sorts each index
-- once and packs its pages, where row-by-row inserts split pages all over it. At 100,000
-- generated articles the database came out 7,104 MB against 7,967 (refs_list 1,178 MB against
-- 1,543, mentions_list 459 against 679); the load took 480.4 s and the build 60.3 s, against
-- 557.5 s with the indexes kept (the process building the rows sets the pace, not the database).
--
-- Each index dropped is kept here, by name, with its definition (pg_get_indexdef) until it is
-- built again, so an ingest cut short (killed, a lost connection) leaves to the next ingest what
-- to build: it builds them before anything else.
CREATE TABLE deferred_indexes (
  name text PRIMARY KEY,
  definition text NOT NULL
);
