-- history
CREATE TABLE ev (id int) PARTITION BY RANGE (id);
CREATE TABLE ev_1 PARTITION OF ev FOR VALUES FROM (1) TO (10);
-- up
ALTER TABLE ev DETACH PARTITION ev_1;
-- expected
-- unknown: re-attaching needs the partition bounds; write ATTACH PARTITION by hand
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: re-attaching needs the partition bounds; write ATTACH PARTITION by hand
