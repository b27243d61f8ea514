-- history
CREATE TABLE t (id bigint PRIMARY KEY, a int);
CREATE MATERIALIZED VIEW mv AS SELECT id, a FROM t;
CREATE UNIQUE INDEX mv_id ON mv (id);
COMMENT ON INDEX mv_id IS 'for REFRESH CONCURRENTLY';
COMMENT ON COLUMN mv.a IS 'the a';
-- up
DROP MATERIALIZED VIEW mv;
-- expected
-- needs-history: recreates mv from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates the materialized view; REFRESH it to restore its rows
CREATE MATERIALIZED VIEW mv AS SELECT id, a FROM t;
CREATE UNIQUE INDEX mv_id ON mv USING btree (id);
COMMENT ON INDEX mv_id IS 'for REFRESH CONCURRENTLY';
COMMENT ON COLUMN mv.a IS 'the a';
