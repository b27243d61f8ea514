-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE INDEX t_a_idx ON t (a);
-- up
DROP INDEX t_a_idx;
-- expected
-- needs-history: recreates index t_a_idx from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE INDEX t_a_idx ON t USING btree (a);
