-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE SCHEMA app;
-- up
ALTER TABLE t SET SCHEMA app;
-- expected
-- reversible: moves it back to schema public
--   lock ACCESS EXCLUSIVE
-- class: reversible
ALTER TABLE app.t SET SCHEMA public;
