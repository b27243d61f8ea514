-- history
CREATE TABLE ev (id int, at int) PARTITION BY RANGE (at);
CREATE TABLE ev_1 PARTITION OF ev FOR VALUES FROM (1) TO (10);
CREATE INDEX ev_at_idx ON ev (at);
-- up
DROP INDEX ev_at_idx;
-- expected
-- needs-history: recreates index ev_at_idx from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE INDEX ev_at_idx ON ev USING btree (at);
