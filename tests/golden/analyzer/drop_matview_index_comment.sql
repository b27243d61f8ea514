-- history
CREATE TABLE t (a int, b int);
CREATE MATERIALIZED VIEW mv AS SELECT a, sum(b) AS total FROM t GROUP BY a;
CREATE UNIQUE INDEX mv_a_idx ON mv (a);
COMMENT ON INDEX mv_a_idx IS 'for refresh concurrently';
COMMENT ON MATERIALIZED VIEW mv IS 'totals';
-- up
DROP MATERIALIZED VIEW mv;
-- expected
-- needs-history: recreates mv from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates the materialized view; REFRESH it to restore its rows
CREATE MATERIALIZED VIEW mv AS SELECT a, sum(b) AS total FROM t GROUP BY a;
COMMENT ON MATERIALIZED VIEW mv IS 'totals';
CREATE UNIQUE INDEX mv_a_idx ON mv USING btree (a);
COMMENT ON INDEX mv_a_idx IS 'for refresh concurrently';
