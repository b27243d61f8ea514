-- history
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE t (a int CHECK (a > 0), b int REFERENCES p (id), c text UNIQUE);
CREATE INDEX t_a_idx ON t (a, lower(c));
ALTER TABLE t RENAME COLUMN a TO a2;
ALTER TABLE t RENAME COLUMN c TO c2;
-- up
DROP TABLE t;
-- expected
-- needs-history: recreates table t from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table t from its definition; its data is not restored
CREATE TABLE t (a2 int, b int, c2 text, CONSTRAINT t_a_check CHECK (a2 > 0), CONSTRAINT t_b_fkey FOREIGN KEY (b) REFERENCES p (id), CONSTRAINT t_c_key UNIQUE (c2));
CREATE INDEX t_a_idx ON t USING btree (a2, lower(c2));
