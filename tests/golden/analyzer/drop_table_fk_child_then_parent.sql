-- history
CREATE TABLE p (id int PRIMARY KEY, code text UNIQUE);
CREATE TABLE c (id int, pid int REFERENCES p, pcode text REFERENCES p (code) ON DELETE CASCADE);
-- up
DROP TABLE c;
DROP TABLE p;
-- expected
-- needs-history: recreates table c from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- needs-history: recreates table p from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table p from its definition; its data is not restored
CREATE TABLE p (id int, code text, CONSTRAINT p_pkey PRIMARY KEY (id), CONSTRAINT p_code_key UNIQUE (code));
-- tidemark: recreates table c from its definition; its data is not restored
CREATE TABLE c (id int, pid int, pcode text, CONSTRAINT c_pid_fkey FOREIGN KEY (pid) REFERENCES p, CONSTRAINT c_pcode_fkey FOREIGN KEY (pcode) REFERENCES p (code) ON DELETE CASCADE);
