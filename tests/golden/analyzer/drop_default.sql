-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
ALTER TABLE t ALTER COLUMN a SET DEFAULT 42;
-- up
ALTER TABLE t ALTER COLUMN a DROP DEFAULT;
-- expected
-- needs-history: restores column a's earlier default
--   lock ACCESS EXCLUSIVE
-- class: needs-history
ALTER TABLE t ALTER COLUMN a SET DEFAULT 42;
