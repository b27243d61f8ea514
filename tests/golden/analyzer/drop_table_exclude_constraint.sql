-- history
CREATE TABLE t (id int, b box, EXCLUDE USING gist (b WITH &&));
-- up
DROP TABLE t;
-- expected
-- needs-history: recreates table t from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table t from its definition; its data is not restored
CREATE TABLE t (id int, b box, CONSTRAINT t_b_excl EXCLUDE USING gist (b WITH &&));
