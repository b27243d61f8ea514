-- history
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int, pid int REFERENCES p);
-- up
DROP TABLE c, p;
-- expected
-- needs-history: recreates table c from its earlier definition; its data is lost (and 1 more)
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table p from its definition; its data is not restored
CREATE TABLE p (id int, CONSTRAINT p_pkey PRIMARY KEY (id));
-- tidemark: recreates table c from its definition; its data is not restored
CREATE TABLE c (id int, pid int, CONSTRAINT c_pid_fkey FOREIGN KEY (pid) REFERENCES p);
