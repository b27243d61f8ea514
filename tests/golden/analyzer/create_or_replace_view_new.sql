-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE OR REPLACE VIEW t_view AS SELECT id FROM t;
-- expected
-- conditional: DROP VIEW undoes it, assuming t_view did not exist before (no earlier migration creates it)
--   lock ACCESS EXCLUSIVE
-- class: conditional
DROP VIEW t_view;
