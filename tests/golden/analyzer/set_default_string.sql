-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
ALTER TABLE t ALTER COLUMN b SET DEFAULT 'it''s old';
-- up
ALTER TABLE t ALTER COLUMN b SET DEFAULT 'new';
-- expected
-- needs-history: restores column b's earlier default
--   lock ACCESS EXCLUSIVE
-- class: needs-history
ALTER TABLE t ALTER COLUMN b SET DEFAULT 'it''s old';
