-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
LOCK TABLE t IN SHARE MODE;
-- expected
-- reversible: no schema change; nothing to undo
--   lock SHARE
-- class: reversible
