-- history
CREATE TABLE ev (id int, at int) PARTITION BY RANGE (at);
CREATE TABLE ev_1 PARTITION OF ev FOR VALUES FROM (1) TO (10);
-- up
CREATE INDEX ev_at_idx ON ev (at);
-- expected
-- reversible: DROP INDEX removes the new index
--   lock SHARE, scans
-- class: reversible
DROP INDEX ev_at_idx;
