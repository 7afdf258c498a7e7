-- Articles filtered by their source or language (articles(filter: { source }) or { language }) are
-- counted and paged from an index in natural order, as a kind's records are (0002_list_pages.sql).
-- Before, such a list read every article of its source: at 100,000 generated articles a third of
-- them, which a request's budget of records (PG_MAX_RECORDS_READ) refuses. A filter by publication
-- date walks articles_order or articles_published, whichever the planner finds cheaper.
CREATE INDEX articles_source ON articles (source, order_key, key);
CREATE INDEX articles_language ON articles (language, order_key, key);
