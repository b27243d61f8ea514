-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE VIEW t_view AS SELECT id, a FROM t WHERE a > 0;
-- expected
-- reversible: DROP VIEW removes the new view
--   lock ACCESS EXCLUSIVE
-- class: reversible
DROP VIEW t_view;
