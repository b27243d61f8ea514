-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE INDEX IF NOT EXISTS t_a_idx ON t (a);
-- expected
-- conditional: DROP INDEX undoes it, assuming t_a_idx did not exist before
--   lock SHARE, scans
-- class: conditional
DROP INDEX t_a_idx;
