-- history
CREATE TABLE ev (id int, at int) PARTITION BY RANGE (at);
CREATE INDEX ev_id_idx ON ev (id);
CREATE TABLE ev_1 PARTITION OF ev FOR VALUES FROM (1) TO (10);
-- up
CREATE INDEX ON ev_1 (id);
-- expected
-- unknown: the index is unnamed and table ev_1 holds indexes and constraints tidemark cannot name (it is a partition (PARTITION OF)), so its default name is unknown
--   lock SHARE, scans
-- class: unknown
-- tidemark: the index is unnamed and table ev_1 holds indexes and constraints tidemark cannot name (it is a partition (PARTITION OF)), so its default name is unknown
