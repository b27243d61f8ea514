-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE POLICY p ON t FOR UPDATE USING (a > 0) WITH CHECK (a > 0);
-- up
DROP POLICY p ON t;
-- expected
-- needs-history: recreates policy p from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE POLICY p ON t FOR UPDATE USING (a > 0) WITH CHECK (a > 0);
