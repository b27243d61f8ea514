-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE INDEX t_a_idx ON t (a);
ALTER INDEX t_a_idx RENAME TO t_a_index;
-- up
DROP INDEX t_a_index;
-- expected
-- needs-history: recreates index t_a_index from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE INDEX t_a_index ON t USING btree (a);
