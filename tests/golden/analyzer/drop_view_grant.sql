-- history
CREATE TABLE t (a int);
CREATE VIEW v AS SELECT a FROM t;
GRANT SELECT ON v TO PUBLIC;
-- up
DROP VIEW v;
-- expected
-- unknown: recreates v from its earlier definition (but earlier migrations granted or revoked privileges on view v, which tidemark does not track; write their GRANTs into the Down by hand)
--   lock ACCESS EXCLUSIVE
-- class: unknown
CREATE VIEW v AS SELECT a FROM t;
-- tidemark: earlier migrations granted or revoked privileges on view v, which tidemark does not track; write their GRANTs into the Down by hand
