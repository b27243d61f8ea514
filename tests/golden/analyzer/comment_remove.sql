-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
COMMENT ON TABLE t IS 'old';
-- up
COMMENT ON TABLE t IS NULL;
-- expected
-- needs-history: restores the earlier comment
--   lock SHARE UPDATE EXCLUSIVE
-- class: needs-history
COMMENT ON TABLE t IS 'old';
