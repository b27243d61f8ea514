-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE INDEX ON t (lower(b));
-- up
DROP INDEX t_lower_idx;
-- expected
-- needs-history: recreates index t_lower_idx from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE INDEX t_lower_idx ON t USING btree (lower(b));
