-- history
CREATE UNLOGGED TABLE t (a int PRIMARY KEY);
-- up
DROP TABLE t;
-- expected
-- needs-history: recreates table t from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table t from its definition; its data is not restored
CREATE UNLOGGED TABLE t (a int, CONSTRAINT t_pkey PRIMARY KEY (a));
