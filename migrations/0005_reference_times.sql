-- A reference carries its record's time bounds too, as it carries its order key, undatedness and
-- facets (0002_list_pages.sql): an index list in a range of days (a city's visits since 2015, a
-- party's agreements in 2019) is then counted from refs_list alone, index-only, and walked without
-- reading a record but the page's. Before, each reference was joined to its record for its time: at
-- 100,000 generated articles the busiest city's visits since February 2015 (8,538 of 14,260) took
-- 0.14-0.17 s, most of it looking up 14,260 records.
--
-- The columns are their record's, written and replaced with it. The rows' hash (ingest) leaves them
-- out, as it can (the record's row holds the same bounds): a database filled here is not rewritten
-- by the next ingest.
ALTER TABLE refs
  ADD COLUMN from_time_earliest text COLLATE "C",
  ADD COLUMN from_time_latest text COLLATE "C";
UPDATE refs AS e SET from_time_earliest = r.time_earliest, from_time_latest = r.time_latest
  FROM records AS r
 WHERE r.kind = e.from_kind AND r.key = e.from_key AND (r.time_earliest IS NOT NULL OR r.time_latest IS NOT NULL);
DROP INDEX refs_list;
CREATE INDEX refs_list ON refs (to_kind, to_key, from_kind, from_order_key, from_key)
  INCLUDE (fields, from_undated, from_facet_kind, from_facet_status, from_time_earliest, from_time_latest);
