-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE SCHEMA "Reporting";
-- expected
-- reversible: DROP removes schema Reporting
--   lock none
-- class: reversible
DROP SCHEMA "Reporting";
