-- history
-- up
CREATE TABLE s (id serial PRIMARY KEY, n bigserial, m smallserial);
-- expected
-- reversible: DROP TABLE removes the new table
--   lock ACCESS EXCLUSIVE
-- class: reversible
DROP TABLE s;
