-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
SELECT 1;
-- expected
-- reversible: a query changes nothing; nothing to undo
--   lock none
-- class: reversible
