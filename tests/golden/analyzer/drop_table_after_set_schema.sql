-- history
CREATE SCHEMA app;
CREATE TABLE t (a int PRIMARY KEY, b text);
CREATE INDEX t_b_idx ON t (b);
ALTER TABLE t SET SCHEMA app;
-- up
DROP TABLE app.t;
-- expected
-- needs-history: recreates table t from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table t from its definition; its data is not restored
CREATE TABLE app.t (a int, b text, CONSTRAINT t_pkey PRIMARY KEY (a));
CREATE INDEX t_b_idx ON app.t USING btree (b);
