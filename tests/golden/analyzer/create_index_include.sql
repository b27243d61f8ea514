-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE UNIQUE INDEX t_a_inc ON t (a) INCLUDE (b);
-- expected
-- reversible: DROP INDEX removes the new index
--   lock SHARE, scans
-- class: reversible
DROP INDEX t_a_inc;
