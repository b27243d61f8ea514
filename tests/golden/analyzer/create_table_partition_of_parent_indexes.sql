-- history
CREATE TABLE ev (id int, at int, PRIMARY KEY (id, at), UNIQUE (at, id)) PARTITION BY RANGE (at);
CREATE INDEX ON ev (id);
-- up
CREATE TABLE ev_1 PARTITION OF ev FOR VALUES FROM (1) TO (10);
-- expected
-- reversible: DROP TABLE removes the new table
--   lock ACCESS EXCLUSIVE
-- class: reversible
DROP TABLE ev_1;
