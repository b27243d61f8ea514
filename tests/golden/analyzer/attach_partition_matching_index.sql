-- history
CREATE TABLE ev (id int, at int) PARTITION BY RANGE (at);
CREATE INDEX ev_id_idx ON ev (id);
CREATE TABLE ev_1 (id int, at int);
CREATE INDEX ev_1_id_idx ON ev_1 (id);
-- up
ALTER TABLE ev ATTACH PARTITION ev_1 FOR VALUES FROM (1) TO (10);
-- expected
-- reversible: DETACH PARTITION undoes it
--   lock SHARE UPDATE EXCLUSIVE, scans
-- class: reversible
ALTER TABLE ev DETACH PARTITION ev_1;
