-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
ALTER TABLE t ADD COLUMN d int DEFAULT 3;
ALTER TABLE t DROP COLUMN c;
ALTER TABLE t ALTER COLUMN a TYPE bigint;
ALTER TABLE t ALTER COLUMN b SET NOT NULL;
ALTER TABLE t ADD CONSTRAINT t_pid_fk FOREIGN KEY (pid) REFERENCES parent(id);
-- up
DROP TABLE t;
-- expected
-- needs-history: recreates table t from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table t from its definition; its data is not restored
CREATE TABLE t (id bigint, a bigint, b text NOT NULL, pid bigint, d int DEFAULT 3, CONSTRAINT t_pkey PRIMARY KEY (id), CONSTRAINT t_pid_fk FOREIGN KEY (pid) REFERENCES parent (id));
