-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t ALTER COLUMN a DROP NOT NULL;
-- expected
-- reversible: column a was already nullable; nothing to undo
--   lock ACCESS EXCLUSIVE
-- class: reversible
