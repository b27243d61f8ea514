-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
SET LOCAL statement_timeout = 0;
-- expected
-- reversible: a session setting; nothing to undo
--   lock none
-- class: reversible
