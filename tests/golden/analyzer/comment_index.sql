-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE INDEX t_a_idx ON t (a);
-- up
COMMENT ON INDEX t_a_idx IS 'fast a';
-- expected
-- needs-history: no earlier migration set a comment; the Down removes it
--   lock SHARE UPDATE EXCLUSIVE
-- class: needs-history
COMMENT ON INDEX t_a_idx IS NULL;
