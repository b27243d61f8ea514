-- history
CREATE TABLE t (id serial PRIMARY KEY, a int NOT NULL DEFAULT 1 CHECK (a > 0), b text);
CREATE INDEX t_a_idx ON t (a);
-- up
CREATE TABLE c (LIKE t INCLUDING DEFAULTS INCLUDING INDEXES, extra int);
-- expected
-- reversible: DROP TABLE removes the new table
--   lock ACCESS EXCLUSIVE
-- class: reversible
DROP TABLE c;
