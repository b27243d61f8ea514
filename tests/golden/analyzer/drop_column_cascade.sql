-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t DROP COLUMN b CASCADE;
-- expected
-- irreversible: DROP COLUMN ... CASCADE also drops unknown dependents; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: irreversible
-- tidemark: DROP COLUMN ... CASCADE also drops unknown dependents; its data is lost
