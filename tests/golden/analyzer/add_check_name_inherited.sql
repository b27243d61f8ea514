-- history
CREATE TABLE p (a int);
CREATE TABLE c () INHERITS (p);
CREATE TABLE q (b int);
-- up
ALTER TABLE c ADD CHECK (a > 0);
-- expected
-- unknown: the constraint is unnamed and table c holds constraints and indexes tidemark cannot name (it inherits (INHERITS)), so its default name is unknown
--   lock ACCESS EXCLUSIVE, scans
-- class: unknown
-- tidemark: the constraint is unnamed and table c holds constraints and indexes tidemark cannot name (it inherits (INHERITS)), so its default name is unknown
