-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE SCHEMA app;
CREATE TABLE app.users (id int PRIMARY KEY);
-- expected
-- reversible: DROP removes schema app
--   lock none
-- reversible: DROP TABLE removes the new table
--   lock ACCESS EXCLUSIVE
-- class: reversible
DROP TABLE app.users;
DROP SCHEMA app;
