-- A person's offices as rows, so that a list of people filtered by them (mayors, a city's mayors,
-- current office holders, those serving a region) is counted and paged in SQL. Before, every
-- person of the list was read and their offices tested in Node: at 100,000 generated articles
-- `mayors` read all 3,161 people for its 300 mayors (0.97 s).
--
-- One row for each office in a person's record, at its place: its role, what it serves ("type:key",
-- null when the article does not say) and its status. The rows are the person's, written and
-- replaced with it (the cascade), and taken from its record alone: the rows' hash (ingest) leaves
-- them out, so a database filled here is not rewritten by the next ingest.
CREATE TABLE offices (
  kind text COLLATE "C" NOT NULL CHECK (kind = 'Person'),
  person text COLLATE "C" NOT NULL,
  position integer NOT NULL,
  role text COLLATE "C" NOT NULL,
  of text COLLATE "C",
  status text COLLATE "C" NOT NULL,
  FOREIGN KEY (kind, person) REFERENCES records (kind, key) ON DELETE CASCADE
);

INSERT INTO offices (kind, person, position, role, of, status)
SELECT r.kind, r.key, o.n - 1, o.office->>'role', o.office->>'of', o.office->>'status'
  FROM records r
 CROSS JOIN LATERAL json_array_elements(r.record->'offices') WITH ORDINALITY AS o(office, n)
 WHERE r.kind = 'Person';

-- A person's offices, looked up for each person of a list (and the cascade).
CREATE INDEX offices_person ON offices (kind, person) INCLUDE (role, of, status);
