-- history
CREATE TABLE u (id int, v text);
CREATE UNIQUE INDEX u_id_idx ON u (id);
-- up
ALTER TABLE u ADD CONSTRAINT u_pk PRIMARY KEY USING INDEX u_id_idx;
-- expected
-- needs-history: drops the constraint (and its index) and recreates index u_id_idx
--   lock ACCESS EXCLUSIVE, scans
-- class: needs-history
ALTER TABLE u DROP CONSTRAINT u_pk;
CREATE UNIQUE INDEX u_id_idx ON u USING btree (id);
ALTER TABLE u ALTER COLUMN id DROP NOT NULL;
