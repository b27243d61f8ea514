-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE VIEW t_view AS SELECT id FROM t;
-- up
CREATE OR REPLACE VIEW t_view AS SELECT id, a, b FROM t;
-- expected
-- needs-history: recreates view t_view with its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
DROP VIEW t_view;
-- tidemark: restores the earlier definition
CREATE VIEW t_view AS SELECT id FROM t;
