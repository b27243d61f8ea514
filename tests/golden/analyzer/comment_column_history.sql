-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
COMMENT ON COLUMN t.a IS 'old\\path';
-- up
COMMENT ON COLUMN t.a IS 'new';
-- expected
-- needs-history: restores the earlier comment
--   lock SHARE UPDATE EXCLUSIVE
-- class: needs-history
COMMENT ON COLUMN t.a IS E'old\\\\path';
