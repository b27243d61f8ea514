-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE TABLE t_copy AS SELECT id, a FROM t;
-- expected
-- reversible: DROP TABLE removes it
--   lock ACCESS EXCLUSIVE
-- class: reversible
DROP TABLE t_copy;
