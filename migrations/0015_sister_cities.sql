-- A city's sister cities (Queries.sisterCities: the other city parties of its sister-city
-- agreements, newest agreement first, each agreement's parties in order, a city once) as rows, so
-- that they are read from a narrow table by one index. Before, every sister-city agreement of the
-- city was read and its parties taken from its JSON, which grew with the corpus: at 300,000
-- generated articles the statement for the busiest city (295 sister cities, 16,389 rows here) took 220 ms
-- (1.6 s on a cold cache), and take 38 ms (50 ms).
--
-- One row for each city party of a sister-city agreement (`city`) and each other city party
-- (`sister`, at its place among the parties, `party`), with the agreement's order key and
-- undatedness, by which the newest agreement comes first. The rows are their agreement's, written
-- and replaced with it (the cascade), and derived from its record alone: the rows' hash (ingest)
-- leaves them out, so a database filled here is not rewritten by the next ingest.
CREATE TABLE sister_cities (
  kind text COLLATE "C" NOT NULL CHECK (kind = 'Agreement'),
  agreement text COLLATE "C" NOT NULL,
  city text COLLATE "C" NOT NULL,
  sister text COLLATE "C" NOT NULL,
  party integer NOT NULL,
  order_key text COLLATE "C" NOT NULL,
  undated boolean NOT NULL,
  FOREIGN KEY (kind, agreement) REFERENCES records (kind, key) ON DELETE CASCADE
);

INSERT INTO sister_cities (kind, agreement, city, sister, party, order_key, undated)
SELECT r.kind, r.key, substr(c.party, 6), substr(s.party, 6), s.n - 1, r.order_key, r.undated
  FROM records r
 CROSS JOIN LATERAL (SELECT DISTINCT party FROM json_array_elements_text(r.record->'parties') AS p(party) WHERE party LIKE 'city:%') AS c
 CROSS JOIN LATERAL json_array_elements_text(r.record->'parties') WITH ORDINALITY AS s(party, n)
 WHERE r.kind = 'Agreement' AND r.facet_kind = 'sister-cities' AND s.party LIKE 'city:%' AND s.party <> c.party;

-- A city's rows, of which batchReads.sisterCities keeps each sister's newest agreement.
CREATE INDEX sister_cities_city ON sister_cities (city, sister) INCLUDE (undated, order_key, agreement, party);
-- The cascade when an agreement is deleted.
CREATE INDEX sister_cities_agreement ON sister_cities (kind, agreement);
