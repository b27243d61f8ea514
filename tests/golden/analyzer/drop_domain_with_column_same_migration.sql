-- history
CREATE DOMAIN posint AS int NOT NULL DEFAULT 1 CHECK (VALUE > 0);
CREATE TABLE t (id int, p posint);
-- up
ALTER TABLE t DROP COLUMN p;
DROP DOMAIN posint;
-- expected
-- needs-history: re-adds column p from its earlier definition (type, default, constraints); its data is lost
--   lock ACCESS EXCLUSIVE
-- needs-history: recreates type posint from its earlier definition
--   lock none
-- class: needs-history
CREATE DOMAIN posint AS int NOT NULL DEFAULT 1 CHECK (VALUE > 0);
-- tidemark: re-adds column p with its definition; its data is not restored
ALTER TABLE t ADD COLUMN p posint;
