-- history
CREATE TABLE u (id int);
CREATE SEQUENCE u_n_seq;
-- up
ALTER TABLE u ADD COLUMN n serial;
-- expected
-- reversible: DROP COLUMN removes the new column
--   lock ACCESS EXCLUSIVE, rewrites, scans
-- class: reversible
ALTER TABLE u DROP COLUMN n;
