-- history
CREATE TABLE p (id int NOT NULL, a int CHECK (a > 0) DEFAULT 3);
-- up
CREATE TABLE c (extra text) INHERITS (p);
-- expected
-- reversible: DROP TABLE removes the new table
--   lock ACCESS EXCLUSIVE
-- class: reversible
DROP TABLE c;
