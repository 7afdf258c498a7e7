-- An entity's participations (the roles it plays in visits, events and agreements) as rows, so
-- that a list of them is counted and paged in SQL as refs lets other lists be. Before, the
-- entity's visits, events and agreements were read whole and their participants filtered in Node:
-- at 100,000 generated articles organisations-that-are-not-companies read 19,024 records for 100
-- organisations (about 140 ms of its 150).
--
-- One row for each name in a fact's participant row (CorpusStore.participantsOf), in the order
-- participationsOf gives: the fact's natural order (its order key, then its key, then its kind's
-- place in PARTICIPATED_KINDS, src/corpus/corpus-store.ts), then the row's place in the fact's
-- participants. The rows are their fact's, written and replaced with it (the cascade), and derived
-- from its record alone: the rows' hash (ingest) leaves them out, so a database filled here is not
-- rewritten by the next ingest.
CREATE TABLE participations (
  who text COLLATE "C" NOT NULL,
  fact_kind text COLLATE "C" NOT NULL,
  fact_key text COLLATE "C" NOT NULL,
  fact_order_key text COLLATE "C" NOT NULL,
  kind_rank smallint NOT NULL,
  participant integer NOT NULL,
  role text COLLATE "C" NOT NULL,
  FOREIGN KEY (fact_kind, fact_key) REFERENCES records (kind, key) ON DELETE CASCADE
);

INSERT INTO participations (who, fact_kind, fact_key, fact_order_key, kind_rank, participant, role)
SELECT w.who, r.kind, r.key, r.order_key, array_position(ARRAY['Visit', 'Event', 'Agreement'], r.kind::text) - 1, p.n - 1, p.row->>'role'
  FROM records r
 CROSS JOIN LATERAL json_array_elements(r.record->'participants') WITH ORDINALITY AS p(row, n)
 CROSS JOIN LATERAL json_array_elements_text(p.row->'who') AS w(who)
 WHERE r.kind IN ('Visit', 'Event', 'Agreement');

-- An entity's list, counted from the index alone (role is in it) and walked in its order.
CREATE INDEX participations_list ON participations (who, fact_order_key, fact_key, kind_rank, participant) INCLUDE (role, fact_kind);
-- The cascade when a fact is deleted.
CREATE INDEX participations_fact ON participations (fact_kind, fact_key);
