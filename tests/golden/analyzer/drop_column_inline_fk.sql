-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE TABLE c (id int, pid bigint REFERENCES parent(id) ON DELETE SET NULL);
-- up
ALTER TABLE c DROP COLUMN pid;
-- expected
-- needs-history: re-adds column pid from its earlier definition (type, default, constraints); its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: re-adds column pid with its definition; its data is not restored
ALTER TABLE c ADD COLUMN pid bigint;
ALTER TABLE c ADD CONSTRAINT c_pid_fkey FOREIGN KEY (pid) REFERENCES parent (id) ON DELETE SET NULL;
