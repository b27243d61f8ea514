-- history
CREATE SCHEMA app;
CREATE TABLE app.t (a int);
-- up
CREATE INDEX s_t_a ON app.t (a);
-- expected
-- reversible: DROP INDEX removes the new index
--   lock SHARE, scans
-- class: reversible
DROP INDEX app.s_t_a;
