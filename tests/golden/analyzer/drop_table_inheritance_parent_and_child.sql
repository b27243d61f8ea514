-- history
CREATE TABLE p (id int NOT NULL, a int);
CREATE TABLE c (extra text) INHERITS (p);
-- up
DROP TABLE c, p;
-- expected
-- unknown: table c cannot be rebuilt from history: it inherits (INHERITS)
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: recreates table p from its definition; its data is not restored
CREATE TABLE p (id int NOT NULL, a int);
-- tidemark: table c cannot be rebuilt from history: it inherits (INHERITS)
