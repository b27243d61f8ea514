-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
DROP FUNCTION nope(int);
-- expected
-- unknown: function nope is not created by an earlier migration; its definition is unknown
--   lock none
-- class: unknown
-- tidemark: function nope is not created by an earlier migration; its definition is unknown
