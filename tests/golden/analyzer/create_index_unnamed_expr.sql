-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE INDEX ON t (lower(b));
-- expected
-- conditional: the index is unnamed: DROP INDEX uses PostgreSQL's default name t_lower_idx
--   lock SHARE, scans
-- class: conditional
DROP INDEX t_lower_idx;
