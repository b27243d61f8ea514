-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE INDEX CONCURRENTLY t_a_idx ON t (a);
CREATE INDEX CONCURRENTLY t_b_idx ON t (b);
-- expected
-- reversible: DROP INDEX CONCURRENTLY removes the new index
--   lock SHARE UPDATE EXCLUSIVE, scans
-- reversible: DROP INDEX CONCURRENTLY removes the new index
--   lock SHARE UPDATE EXCLUSIVE, scans
-- class: reversible
-- down notransaction
DROP INDEX CONCURRENTLY t_b_idx;
DROP INDEX CONCURRENTLY t_a_idx;
