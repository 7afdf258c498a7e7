-- ref_counts: how many references each record has from each kind, by the fields that state them,
-- the referring record's kind and status facets and its undatedness, so that an index list's
-- count (a city's visits, a topic's agreements, the statements about a person) adds up a few rows
-- whatever the list's length, as a kind's count adds up record_counts. Before, the count read the
-- list's entries in refs_list: at 300,000 generated articles the busiest city's visits, agreements,
-- metrics and statements were counted in one statement of 1,073 ms that read the 189,661
-- references from those kinds to the city, most of the city-profile example's time, growing with
-- the corpus. A list with a range of days, a second list, a role, offices or a mode is still
-- counted from refs_list.
--
-- Kept by the statement triggers below, in the transaction that writes the references, as
-- record_counts is. At 300,000 articles, 736,118 rows for 13,599,731 references.
CREATE TABLE ref_counts (
  to_kind text COLLATE "C" NOT NULL,
  to_key text COLLATE "C" NOT NULL,
  from_kind text COLLATE "C" NOT NULL,
  fields text[] NOT NULL,
  from_facet_kind text COLLATE "C",
  from_facet_status text COLLATE "C",
  from_undated boolean NOT NULL,
  n integer NOT NULL CHECK (n > 0),
  CONSTRAINT ref_counts_groups UNIQUE NULLS NOT DISTINCT (to_kind, to_key, from_kind, fields, from_facet_kind, from_facet_status, from_undated)
);

INSERT INTO ref_counts (to_kind, to_key, from_kind, fields, from_facet_kind, from_facet_status, from_undated, n)
  SELECT to_kind, to_key, from_kind, fields, from_facet_kind, from_facet_status, from_undated, count(*) FROM refs GROUP BY 1, 2, 3, 4, 5, 6, 7;

CREATE FUNCTION ref_counts_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    -- Groups no reference is left in go first; the others count down.
    DELETE FROM ref_counts AS c
     USING (SELECT to_kind, to_key, from_kind, fields, from_facet_kind, from_facet_status, from_undated, count(*) AS n FROM removed GROUP BY 1, 2, 3, 4, 5, 6, 7) AS gone
     WHERE (c.to_kind, c.to_key, c.from_kind, c.fields, c.from_undated) = (gone.to_kind, gone.to_key, gone.from_kind, gone.fields, gone.from_undated)
       AND c.from_facet_kind IS NOT DISTINCT FROM gone.from_facet_kind AND c.from_facet_status IS NOT DISTINCT FROM gone.from_facet_status AND c.n <= gone.n;
    UPDATE ref_counts AS c SET n = c.n - gone.n
      FROM (SELECT to_kind, to_key, from_kind, fields, from_facet_kind, from_facet_status, from_undated, count(*) AS n FROM removed GROUP BY 1, 2, 3, 4, 5, 6, 7) AS gone
     WHERE (c.to_kind, c.to_key, c.from_kind, c.fields, c.from_undated) = (gone.to_kind, gone.to_key, gone.from_kind, gone.fields, gone.from_undated)
       AND c.from_facet_kind IS NOT DISTINCT FROM gone.from_facet_kind AND c.from_facet_status IS NOT DISTINCT FROM gone.from_facet_status;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO ref_counts AS c (to_kind, to_key, from_kind, fields, from_facet_kind, from_facet_status, from_undated, n)
      SELECT to_kind, to_key, from_kind, fields, from_facet_kind, from_facet_status, from_undated, count(*) FROM added GROUP BY 1, 2, 3, 4, 5, 6, 7
      ON CONFLICT ON CONSTRAINT ref_counts_groups DO UPDATE SET n = c.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER refs_inserted AFTER INSERT ON refs
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION ref_counts_count();
CREATE TRIGGER refs_deleted AFTER DELETE ON refs
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION ref_counts_count();
CREATE TRIGGER refs_updated AFTER UPDATE ON refs
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION ref_counts_count();
