-- The articles are counted as a kind's records are (0002_list_pages.sql): record_counts holds a row
-- for kind 'Article' (no facets, never undated), kept by statement triggers on articles in the
-- transaction that writes them. An unfiltered list of articles (articles(first: 10) { totalCount })
-- is then counted from that row. Before, its count read every entry of an index of articles: at
-- 100,000 generated articles 105-124 ms, growing with the corpus. Articles are only ever inserted
-- and deleted (ingest replaces a changed article's rows), and an UPDATE does not change the count.
INSERT INTO record_counts (kind, facet_kind, facet_status, undated, n)
  SELECT 'Article', NULL, NULL, false, count(*) FROM articles HAVING count(*) > 0;

CREATE FUNCTION article_counts_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  gone integer;
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT count(*) INTO gone FROM removed;
    -- The row goes with the last article, as a kind's row goes with its last record.
    DELETE FROM record_counts WHERE kind = 'Article' AND n <= gone;
    UPDATE record_counts SET n = n - gone WHERE kind = 'Article';
  ELSE
    INSERT INTO record_counts AS c (kind, facet_kind, facet_status, undated, n)
      SELECT 'Article', NULL, NULL, false, count(*) FROM added HAVING count(*) > 0
      ON CONFLICT (kind, facet_kind, facet_status, undated) DO UPDATE SET n = c.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER articles_inserted AFTER INSERT ON articles
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION article_counts_count();
CREATE TRIGGER articles_deleted AFTER DELETE ON articles
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION article_counts_count();
