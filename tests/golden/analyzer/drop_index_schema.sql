-- history
CREATE SCHEMA app;
CREATE TABLE app.t (a int);
CREATE INDEX t_a_idx ON app.t (a);
-- up
DROP INDEX app.t_a_idx;
-- expected
-- needs-history: recreates index t_a_idx from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE INDEX t_a_idx ON app.t USING btree (a);
