-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t ADD CONSTRAINT t_pid_fk FOREIGN KEY (pid) REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED;
-- expected
-- reversible: DROP CONSTRAINT removes the new constraint
--   lock SHARE ROW EXCLUSIVE, scans
-- class: reversible
ALTER TABLE t DROP CONSTRAINT t_pid_fk;
