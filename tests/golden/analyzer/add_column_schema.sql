-- history
CREATE SCHEMA app;
CREATE TABLE app.t (a int);
-- up
ALTER TABLE app.t ADD COLUMN b int;
-- expected
-- reversible: DROP COLUMN removes the new column
--   lock ACCESS EXCLUSIVE
-- class: reversible
ALTER TABLE app.t DROP COLUMN b;
