-- history
CREATE TABLE ev (id int, at int) PARTITION BY LIST (at);
CREATE TABLE ev_1 PARTITION OF ev FOR VALUES IN (1);
-- up
DROP TABLE ev;
-- expected
-- unknown: dropping ev also drops its partition ev_1, which tidemark cannot rebuild with it; write the Down by hand
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: dropping ev also drops its partition ev_1, which tidemark cannot rebuild with it; write the Down by hand
