-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE INDEX t_a_idx ON t (a);
COMMENT ON TABLE t IS 'main table';
COMMENT ON COLUMN t.a IS 'the a';
-- up
DROP TABLE t;
-- expected
-- needs-history: recreates table t from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table t from its definition; its data is not restored
CREATE TABLE t (id bigint, a int, b text, c varchar(10), pid bigint, CONSTRAINT t_pkey PRIMARY KEY (id));
CREATE INDEX t_a_idx ON t USING btree (a);
COMMENT ON TABLE t IS 'main table';
COMMENT ON COLUMN t.a IS 'the a';
