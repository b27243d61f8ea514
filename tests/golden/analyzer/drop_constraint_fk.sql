-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
ALTER TABLE t ADD CONSTRAINT t_pid_fk FOREIGN KEY (pid) REFERENCES parent(id) ON DELETE CASCADE;
-- up
ALTER TABLE t DROP CONSTRAINT t_pid_fk;
-- expected
-- needs-history: re-adds constraint t_pid_fk from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
ALTER TABLE t ADD CONSTRAINT t_pid_fk FOREIGN KEY (pid) REFERENCES parent (id) ON DELETE CASCADE;
