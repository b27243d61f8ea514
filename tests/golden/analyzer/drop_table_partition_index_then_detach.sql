-- history
CREATE TABLE ev (id int, at int) PARTITION BY RANGE (at);
CREATE TABLE ev_1 (id int, at int);
ALTER TABLE ev ATTACH PARTITION ev_1 FOR VALUES FROM (1) TO (10);
CREATE INDEX ev_id_idx ON ev (id);
ALTER TABLE ev DETACH PARTITION ev_1;
-- up
DROP TABLE ev_1;
-- expected
-- needs-history: recreates table ev_1 from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table ev_1 from its definition; its data is not restored
CREATE TABLE ev_1 (id int, at int);
CREATE INDEX ev_1_id_idx ON ev_1 USING btree (id);
