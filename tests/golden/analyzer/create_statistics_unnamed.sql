-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE STATISTICS ON a, b FROM t;
-- expected
-- unknown: PostgreSQL 15's grammar cannot parse it (syntax error at or near "ON"); write its Down by hand
--   lock none
-- class: unknown
-- tidemark: PostgreSQL 15's grammar cannot parse it (syntax error at or near "ON"); write its Down by hand
