-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE TYPE address AS (street text, zip varchar(10));
-- expected
-- reversible: DROP removes type address
--   lock none
-- class: reversible
DROP TYPE address;
