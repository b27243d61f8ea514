-- history
CREATE TABLE t (a int CHECK (a > 0), b int);
ALTER TABLE t RENAME CONSTRAINT t_a_check TO t_a_positive;
-- up
DROP TABLE t;
-- expected
-- needs-history: recreates table t from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table t from its definition; its data is not restored
CREATE TABLE t (a int, b int, CONSTRAINT t_a_positive CHECK (a > 0));
