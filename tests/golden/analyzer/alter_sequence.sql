-- history
CREATE SEQUENCE s;
-- up
ALTER SEQUENCE s RESTART WITH 10;
-- expected
-- unknown: tidemark does not model AlterSeqStmt statements yet; write its Down by hand
--   lock SHARE ROW EXCLUSIVE
-- class: unknown
-- tidemark: tidemark does not model AlterSeqStmt statements yet; write its Down by hand
