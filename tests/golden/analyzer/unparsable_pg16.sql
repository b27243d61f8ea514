-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE TABLE j (id int);
SELECT JSON_OBJECT('a' VALUE 1);
-- expected
-- reversible: DROP TABLE removes the new table
--   lock ACCESS EXCLUSIVE
-- unknown: PostgreSQL 15's grammar cannot parse it (syntax error at or near "VALUE"); write its Down by hand
--   lock none
-- class: unknown
-- tidemark: PostgreSQL 15's grammar cannot parse it (syntax error at or near "VALUE"); write its Down by hand
DROP TABLE j;
