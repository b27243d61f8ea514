-- history
CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL DEFAULT 1 CHECK (a > 0));
-- up
CREATE TABLE c (LIKE t);
-- expected
-- reversible: DROP TABLE removes the new table
--   lock ACCESS EXCLUSIVE
-- class: reversible
DROP TABLE c;
