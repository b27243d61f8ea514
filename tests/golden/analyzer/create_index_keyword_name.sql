-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE INDEX "select" ON t (a);
-- expected
-- reversible: DROP INDEX removes the new index
--   lock SHARE, scans
-- class: reversible
DROP INDEX "select";
