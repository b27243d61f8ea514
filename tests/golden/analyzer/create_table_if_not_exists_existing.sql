-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE TABLE IF NOT EXISTS t (id int);
-- expected
-- conditional: table t already exists from an earlier migration, so IF NOT EXISTS makes this a no-op; nothing to undo
--   lock ACCESS EXCLUSIVE
-- class: conditional
