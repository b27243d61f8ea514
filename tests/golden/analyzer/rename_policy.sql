-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE POLICY p ON t USING (true);
-- up
ALTER POLICY p ON t RENAME TO p2;
-- expected
-- reversible: renames it back
--   lock ACCESS EXCLUSIVE
-- class: reversible
ALTER POLICY p2 ON t RENAME TO p;
