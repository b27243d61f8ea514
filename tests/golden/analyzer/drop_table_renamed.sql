-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
ALTER TABLE t RENAME TO t2;
-- up
DROP TABLE t2;
-- expected
-- needs-history: recreates table t2 from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table t2 from its definition; its data is not restored
CREATE TABLE t2 (id bigint, a int, b text, c varchar(10), pid bigint, CONSTRAINT t_pkey PRIMARY KEY (id));
