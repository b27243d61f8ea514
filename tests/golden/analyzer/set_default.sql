-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t ALTER COLUMN a SET DEFAULT 5;
-- expected
-- needs-history: column a had no default before; DROP DEFAULT restores that
--   lock ACCESS EXCLUSIVE
-- class: needs-history
ALTER TABLE t ALTER COLUMN a DROP DEFAULT;
