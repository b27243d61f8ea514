-- history
CREATE TABLE ev (id int) PARTITION BY RANGE (id);
CREATE TABLE ev_1 (id int);
-- up
ALTER TABLE ev ATTACH PARTITION ev_1 FOR VALUES FROM (1) TO (10);
-- expected
-- reversible: DETACH PARTITION undoes it
--   lock SHARE UPDATE EXCLUSIVE, scans
-- class: reversible
ALTER TABLE ev DETACH PARTITION ev_1;
