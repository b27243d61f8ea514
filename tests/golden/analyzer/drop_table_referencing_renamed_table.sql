-- history
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int, pid int REFERENCES p);
ALTER TABLE p RENAME TO p2;
-- up
DROP TABLE c;
-- expected
-- needs-history: recreates table c from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table c from its definition; its data is not restored
CREATE TABLE c (id int, pid int, CONSTRAINT c_pid_fkey FOREIGN KEY (pid) REFERENCES p2);
