-- history
CREATE TABLE ev (id int) PARTITION BY RANGE (id);
CREATE TABLE ev_1 PARTITION OF ev FOR VALUES FROM (MINVALUE) TO (10);
-- up
ALTER TABLE ev DETACH PARTITION ev_1 CONCURRENTLY;
-- expected
-- unknown: DETACH ... CONCURRENTLY also adds a CHECK constraint copying the bounds to ev_1; write its Down (ATTACH, DROP CONSTRAINT) by hand
--   lock SHARE UPDATE EXCLUSIVE
-- class: unknown
-- tidemark: DETACH ... CONCURRENTLY also adds a CHECK constraint copying the bounds to ev_1; write its Down (ATTACH, DROP CONSTRAINT) by hand
