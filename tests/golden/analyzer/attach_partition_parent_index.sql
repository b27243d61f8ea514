-- history
CREATE TABLE ev (id int, at int) PARTITION BY RANGE (at);
CREATE INDEX ev_id_idx ON ev (id);
CREATE TABLE ev_1 (id int, at int);
-- up
ALTER TABLE ev ATTACH PARTITION ev_1 FOR VALUES FROM (1) TO (10);
-- expected
-- conditional: DETACH PARTITION undoes it, and DROP INDEX removes the indexes ATTACH created on ev_1 (PostgreSQL's default names ev_1_id_idx)
--   lock SHARE UPDATE EXCLUSIVE, scans
-- class: conditional
ALTER TABLE ev DETACH PARTITION ev_1;
DROP INDEX ev_1_id_idx;
