-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE INDEX t_b_idx ON t (b);
ALTER TABLE t RENAME COLUMN b TO body;
-- up
DROP INDEX t_b_idx;
-- expected
-- needs-history: recreates index t_b_idx from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE INDEX t_b_idx ON t USING btree (body);
