-- history
CREATE TABLE t (a int);
CREATE VIEW v AS SELECT a FROM t;
COMMENT ON COLUMN v.a IS 'from t';
-- up
DROP VIEW v;
-- expected
-- needs-history: recreates v from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE VIEW v AS SELECT a FROM t;
COMMENT ON COLUMN v.a IS 'from t';
