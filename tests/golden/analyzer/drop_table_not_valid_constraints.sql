-- history
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE t (a int, pid int);
ALTER TABLE t ADD CONSTRAINT t_a_pos CHECK (a > 0) NOT VALID;
ALTER TABLE t ADD CONSTRAINT t_pid_fkey FOREIGN KEY (pid) REFERENCES p NOT VALID;
-- up
DROP TABLE t;
-- expected
-- needs-history: recreates table t from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table t from its definition; its data is not restored
CREATE TABLE t (a int, pid int);
ALTER TABLE t ADD CONSTRAINT t_a_pos CHECK (a > 0) NOT VALID;
ALTER TABLE t ADD CONSTRAINT t_pid_fkey FOREIGN KEY (pid) REFERENCES p NOT VALID;
