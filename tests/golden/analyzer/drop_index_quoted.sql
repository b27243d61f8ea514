-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE INDEX "Idx A" ON t (a);
-- up
DROP INDEX "Idx A";
-- expected
-- needs-history: recreates index Idx A from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE INDEX "Idx A" ON t USING btree (a);
