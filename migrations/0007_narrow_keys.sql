-- The primary keys of refs and mentions were their widest indexes and served no read: at 10,000
-- articles refs_pkey took 81 MB and mentions_pkey 45 MB of the database's 861 MB, four text keys
-- and three in every entry. What they served takes a narrower index:
--
-- - refs (from_kind, from_key): the cascade when a record is deleted (its foreign key's
--   referencing side); a record's four or so references share one entry (B-tree deduplication).
--   13 MB where the key took 53, both built fresh.
-- - mentions (article): recordsOf(article); an article's thirty or so mentions share one entry.
--   2.8 MB where the key took 34, both built fresh.
--
-- Their rows are unique by construction (src/pg/rows.ts: refsOf keeps one row per target, with
-- every field that names it; mentionsOf one per article), and the ingest is their only writer.
ALTER TABLE refs DROP CONSTRAINT refs_pkey;
CREATE INDEX refs_from ON refs (from_kind, from_key);

ALTER TABLE mentions DROP CONSTRAINT mentions_pkey;
CREATE INDEX mentions_article ON mentions (article);
