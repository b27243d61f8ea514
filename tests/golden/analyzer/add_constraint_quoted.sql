-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t ADD CONSTRAINT "Positive A" CHECK (a > 0);
-- expected
-- reversible: DROP CONSTRAINT removes the new constraint
--   lock ACCESS EXCLUSIVE, scans
-- class: reversible
ALTER TABLE t DROP CONSTRAINT "Positive A";
