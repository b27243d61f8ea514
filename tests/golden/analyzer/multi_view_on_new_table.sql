-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE TABLE x (id int, v text);
CREATE VIEW xv AS SELECT v FROM x;
-- expected
-- reversible: DROP TABLE removes the new table
--   lock ACCESS EXCLUSIVE
-- reversible: DROP VIEW removes the new view
--   lock ACCESS EXCLUSIVE
-- class: reversible
DROP VIEW xv;
DROP TABLE x;
