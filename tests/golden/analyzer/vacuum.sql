-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
VACUUM t;
-- expected
-- reversible: no schema change; nothing to undo
--   lock SHARE UPDATE EXCLUSIVE, scans
-- class: reversible
