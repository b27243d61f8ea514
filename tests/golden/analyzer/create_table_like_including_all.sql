-- history
CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, a int NOT NULL DEFAULT 1 CHECK (a > 0), b text UNIQUE);
CREATE INDEX t_a_idx ON t (a);
COMMENT ON COLUMN t.a IS 'the a';
-- up
CREATE TABLE c (LIKE t INCLUDING ALL);
-- expected
-- reversible: DROP TABLE removes the new table
--   lock ACCESS EXCLUSIVE
-- class: reversible
DROP TABLE c;
