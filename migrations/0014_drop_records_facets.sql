-- records_facets, a GIN index on records.facets (jsonb_path_ops), answers only @>, @? and @@ on
-- facets, and since 0012_record_walks no statement asks them: kinds and statuses are compared as
-- columns, a mode as facets->>'mode'. At 300,000 generated articles it had no scan
-- (pg_stat_user_indexes) after the ingest and the examples' latency runs, took 229 MB of the
-- database's 21,434, and every ingest into an empty database built it again. The facets stay.
DROP INDEX IF EXISTS records_facets;
