-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE UNIQUE INDEX t_b_uidx ON t (b);
-- up
ALTER TABLE t ADD CONSTRAINT t_b_uq UNIQUE USING INDEX t_b_uidx;
-- expected
-- needs-history: drops the constraint (and its index) and recreates index t_b_uidx
--   lock ACCESS EXCLUSIVE
-- class: needs-history
ALTER TABLE t DROP CONSTRAINT t_b_uq;
CREATE UNIQUE INDEX t_b_uidx ON t USING btree (b);
