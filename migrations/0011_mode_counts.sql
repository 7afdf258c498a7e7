-- record_counts counts a kind's records by their mode too (facets->>'mode': a statement's, direct
-- or reported), so that a list of the statements by their mode alone
-- (statements(filter: { mode: [DIRECT] })) is counted from it, as a list by kind or status is, and
-- its pages walk records_order. Before, such a list was read whole: at 100,000 generated articles
-- counting the 249,782 statements by mode in SQL read every record (2.1 s), and the list was
-- refused past PG_MAX_RECORDS_READ. Null where the record has no mode.
ALTER TABLE record_counts ADD COLUMN facet_mode text COLLATE "C";
ALTER TABLE record_counts DROP CONSTRAINT record_counts_kind_facet_kind_facet_status_undated_key;
ALTER TABLE record_counts ADD CONSTRAINT record_counts_groups UNIQUE NULLS NOT DISTINCT (kind, facet_kind, facet_status, facet_mode, undated);

-- Counted again, by the new groups (the articles' row keeps its count, with no mode).
DELETE FROM record_counts WHERE kind <> 'Article';
INSERT INTO record_counts (kind, facet_kind, facet_status, facet_mode, undated, n)
  SELECT kind, facets->>'kind', facets->>'status', facets->>'mode', undated, count(*) FROM records GROUP BY 1, 2, 3, 4, 5;

-- As 0002's, with the mode in each group.
CREATE OR REPLACE FUNCTION record_counts_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    -- Groups no record is left in go first; the others count down.
    DELETE FROM record_counts AS c
     USING (SELECT kind, facets->>'kind' AS facet_kind, facets->>'status' AS facet_status, facets->>'mode' AS facet_mode, undated, count(*) AS n FROM removed GROUP BY 1, 2, 3, 4, 5) AS gone
     WHERE (c.kind, c.undated) = (gone.kind, gone.undated) AND c.facet_kind IS NOT DISTINCT FROM gone.facet_kind
       AND c.facet_status IS NOT DISTINCT FROM gone.facet_status AND c.facet_mode IS NOT DISTINCT FROM gone.facet_mode AND c.n <= gone.n;
    UPDATE record_counts AS c SET n = c.n - gone.n
      FROM (SELECT kind, facets->>'kind' AS facet_kind, facets->>'status' AS facet_status, facets->>'mode' AS facet_mode, undated, count(*) AS n FROM removed GROUP BY 1, 2, 3, 4, 5) AS gone
     WHERE (c.kind, c.undated) = (gone.kind, gone.undated) AND c.facet_kind IS NOT DISTINCT FROM gone.facet_kind
       AND c.facet_status IS NOT DISTINCT FROM gone.facet_status AND c.facet_mode IS NOT DISTINCT FROM gone.facet_mode;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO record_counts AS c (kind, facet_kind, facet_status, facet_mode, undated, n)
      SELECT kind, facets->>'kind', facets->>'status', facets->>'mode', undated, count(*) FROM added GROUP BY 1, 2, 3, 4, 5
      ON CONFLICT (kind, facet_kind, facet_status, facet_mode, undated) DO UPDATE SET n = c.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;

-- As 0006's, on the new groups.
CREATE OR REPLACE FUNCTION article_counts_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  gone integer;
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT count(*) INTO gone FROM removed;
    -- The row goes with the last article, as a kind's row goes with its last record.
    DELETE FROM record_counts WHERE kind = 'Article' AND n <= gone;
    UPDATE record_counts SET n = n - gone WHERE kind = 'Article';
  ELSE
    INSERT INTO record_counts AS c (kind, facet_kind, facet_status, facet_mode, undated, n)
      SELECT 'Article', NULL, NULL, NULL, false, count(*) FROM added HAVING count(*) > 0
      ON CONFLICT (kind, facet_kind, facet_status, facet_mode, undated) DO UPDATE SET n = c.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;
