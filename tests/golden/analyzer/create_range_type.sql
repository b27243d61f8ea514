-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
-- expected
-- reversible: DROP removes type floatrange
--   lock none
-- class: reversible
DROP TYPE floatrange;
