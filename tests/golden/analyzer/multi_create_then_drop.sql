-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE TABLE tmp (id int);
DROP TABLE tmp;
-- expected
-- reversible: DROP TABLE removes the new table
--   lock ACCESS EXCLUSIVE
-- needs-history: recreates table tmp from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table tmp from its definition; its data is not restored
CREATE TABLE tmp (id int);
DROP TABLE tmp;
