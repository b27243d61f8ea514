-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
ALTER TABLE t ADD CONSTRAINT "Positive A" CHECK (a > 0);
-- up
ALTER TABLE t DROP CONSTRAINT "Positive A";
-- expected
-- needs-history: re-adds constraint Positive A from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
ALTER TABLE t ADD CONSTRAINT "Positive A" CHECK (a > 0);
