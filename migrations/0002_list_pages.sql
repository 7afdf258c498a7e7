-- What lists are counted and paged by, so that a page of a list reads the page and its count reads
-- an index, whatever the list's length (docs/postgres.md, "Lists"). Before this, a list's count and
-- pages read every record in it: 218 ms p50 for the events-that-are-not-visits example at 10,000
-- articles, and over 3 s for a city's profile at 100,000, where one city has 14,260 visits.
--
-- 1. record_counts: how many records of each kind hold each value of the facets a root list filters
--    by (kind and status), and how many of them are undated (a list by date, newest first, keeps
--    those last: its page is read from the dated records or the undated ones, each in an index's
--    order). Kept by the statement triggers below, in the transaction that writes the records, as
--    search_words is.
CREATE TABLE record_counts (
  kind text COLLATE "C" NOT NULL,
  -- facets->>'kind' and facets->>'status'; null where the record has none.
  facet_kind text COLLATE "C",
  facet_status text COLLATE "C",
  undated boolean NOT NULL,
  n integer NOT NULL CHECK (n > 0),
  UNIQUE NULLS NOT DISTINCT (kind, facet_kind, facet_status, undated)
);

INSERT INTO record_counts (kind, facet_kind, facet_status, undated, n)
  SELECT kind, facets->>'kind', facets->>'status', undated, count(*) FROM records GROUP BY 1, 2, 3, 4;

CREATE FUNCTION record_counts_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    -- Groups no record is left in go first; the others count down.
    DELETE FROM record_counts AS c
     USING (SELECT kind, facets->>'kind' AS facet_kind, facets->>'status' AS facet_status, undated, count(*) AS n FROM removed GROUP BY 1, 2, 3, 4) AS gone
     WHERE (c.kind, c.undated) = (gone.kind, gone.undated) AND c.facet_kind IS NOT DISTINCT FROM gone.facet_kind
       AND c.facet_status IS NOT DISTINCT FROM gone.facet_status AND c.n <= gone.n;
    UPDATE record_counts AS c SET n = c.n - gone.n
      FROM (SELECT kind, facets->>'kind' AS facet_kind, facets->>'status' AS facet_status, undated, count(*) AS n FROM removed GROUP BY 1, 2, 3, 4) AS gone
     WHERE (c.kind, c.undated) = (gone.kind, gone.undated) AND c.facet_kind IS NOT DISTINCT FROM gone.facet_kind
       AND c.facet_status IS NOT DISTINCT FROM gone.facet_status;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO record_counts AS c (kind, facet_kind, facet_status, undated, n)
      SELECT kind, facets->>'kind', facets->>'status', undated, count(*) FROM added GROUP BY 1, 2, 3, 4
      ON CONFLICT (kind, facet_kind, facet_status, undated) DO UPDATE SET n = c.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER records_inserted AFTER INSERT ON records
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION record_counts_count();
CREATE TRIGGER records_deleted AFTER DELETE ON records
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION record_counts_count();
CREATE TRIGGER records_updated AFTER UPDATE ON records
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION record_counts_count();

-- 2. A reference carries what a list of referrers is filtered, counted and ordered by (the
--    referring record's order key, undatedness, kind and status facets), so that a city's visits are
--    counted and paged from one index without reading a record but the page's. The columns are the
--    referring record's, which owns the reference: they are written and replaced with it.
ALTER TABLE refs
  ADD COLUMN from_order_key text COLLATE "C",
  ADD COLUMN from_undated boolean,
  ADD COLUMN from_facet_kind text COLLATE "C",
  ADD COLUMN from_facet_status text COLLATE "C";
UPDATE refs AS e SET from_order_key = r.order_key, from_undated = r.undated, from_facet_kind = r.facets->>'kind', from_facet_status = r.facets->>'status'
  FROM records AS r WHERE r.kind = e.from_kind AND r.key = e.from_key;
ALTER TABLE refs ALTER COLUMN from_order_key SET NOT NULL, ALTER COLUMN from_undated SET NOT NULL;
DROP INDEX refs_target;
CREATE INDEX refs_list ON refs (to_kind, to_key, from_kind, from_order_key, from_key) INCLUDE (fields, from_undated, from_facet_kind, from_facet_status);

-- 3. A mention carries its article's order key: an entity's articles are counted and paged from one
--    index. The row is its record's (ingest writes a record's mentions with it), and its article's
--    order key is part of what the owning article's rows hash: a change of date rewrites them.
ALTER TABLE mentions ADD COLUMN article_order_key text COLLATE "C";
UPDATE mentions AS m SET article_order_key = a.order_key FROM articles AS a WHERE a.key = m.article;
ALTER TABLE mentions ALTER COLUMN article_order_key SET NOT NULL;
DROP INDEX mentions_record;
CREATE INDEX mentions_list ON mentions (kind, key, article_order_key, article);
