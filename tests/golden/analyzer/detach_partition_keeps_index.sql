-- history
CREATE TABLE ev (id int, at int) PARTITION BY RANGE (at);
CREATE INDEX ev_id_idx ON ev (id);
CREATE TABLE ev_1 PARTITION OF ev FOR VALUES FROM (1) TO (10);
-- up
ALTER TABLE ev DETACH PARTITION ev_1;
-- expected
-- needs-history: re-attaches partition ev_1 with its earlier bounds
--   lock ACCESS EXCLUSIVE
-- class: needs-history
ALTER TABLE ev ATTACH PARTITION ev_1 FOR VALUES FROM (1) TO (10);
