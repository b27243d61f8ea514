-- history
CREATE TABLE ev (id int, at int) PARTITION BY RANGE (at);
CREATE TABLE ev_1 PARTITION OF ev FOR VALUES FROM (1) TO (10);
-- up
DROP TABLE ev_1;
-- expected
-- unknown: table ev_1 cannot be rebuilt from history: it is a partition (PARTITION OF)
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: table ev_1 cannot be rebuilt from history: it is a partition (PARTITION OF)
