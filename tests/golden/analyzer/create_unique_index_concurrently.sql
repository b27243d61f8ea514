-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE UNIQUE INDEX CONCURRENTLY t_c_key2 ON t (c);
-- expected
-- reversible: DROP INDEX CONCURRENTLY removes the new index
--   lock SHARE UPDATE EXCLUSIVE, scans
-- class: reversible
-- down notransaction
DROP INDEX CONCURRENTLY t_c_key2;
