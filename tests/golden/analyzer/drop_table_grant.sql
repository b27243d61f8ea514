-- history
CREATE TABLE t (a int);
GRANT SELECT, INSERT ON t TO PUBLIC;
-- up
DROP TABLE t;
-- expected
-- unknown: recreates table t from its earlier definition; its data is lost (but earlier migrations granted or revoked privileges on table t, which tidemark does not track; write their GRANTs into the Down by hand)
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: recreates table t from its definition; its data is not restored
CREATE TABLE t (a int);
-- tidemark: earlier migrations granted or revoked privileges on table t, which tidemark does not track; write their GRANTs into the Down by hand
