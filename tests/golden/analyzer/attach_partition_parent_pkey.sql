-- history
CREATE TABLE ev (id int, at int, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE ev_1 (id int NOT NULL, at int NOT NULL);
-- up
ALTER TABLE ev ATTACH PARTITION ev_1 FOR VALUES FROM (1) TO (10);
-- expected
-- unknown: ATTACH PARTITION copies constraint ev_pkey of ev onto ev_1, and DETACH leaves the copy; write the Down (DETACH, then drop the copy) by hand
--   lock SHARE UPDATE EXCLUSIVE, scans
-- class: unknown
-- tidemark: ATTACH PARTITION copies constraint ev_pkey of ev onto ev_1, and DETACH leaves the copy; write the Down (DETACH, then drop the copy) by hand
