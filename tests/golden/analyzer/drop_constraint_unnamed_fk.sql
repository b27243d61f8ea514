-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE TABLE c (pid bigint REFERENCES parent(id));
-- up
ALTER TABLE c DROP CONSTRAINT c_pid_fkey;
-- expected
-- needs-history: re-adds constraint c_pid_fkey from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
ALTER TABLE c ADD CONSTRAINT c_pid_fkey FOREIGN KEY (pid) REFERENCES parent (id);
