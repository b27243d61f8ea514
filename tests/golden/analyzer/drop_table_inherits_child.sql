-- history
CREATE TABLE p (id int NOT NULL, a int CHECK (a > 0));
CREATE TABLE c (extra text) INHERITS (p);
-- up
DROP TABLE c;
-- expected
-- unknown: table c cannot be rebuilt from history: it inherits (INHERITS)
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: table c cannot be rebuilt from history: it inherits (INHERITS)
