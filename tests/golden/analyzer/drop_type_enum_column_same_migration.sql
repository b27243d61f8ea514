-- history
CREATE TYPE mood AS ENUM ('a', 'b');
CREATE TABLE t (id int, m mood);
-- up
ALTER TABLE t DROP COLUMN m;
DROP TYPE mood;
-- expected
-- needs-history: re-adds column m from its earlier definition (type, default, constraints); its data is lost
--   lock ACCESS EXCLUSIVE
-- needs-history: recreates type mood from its earlier definition
--   lock none
-- class: needs-history
CREATE TYPE mood AS ENUM ('a', 'b');
-- tidemark: re-adds column m with its definition; its data is not restored
ALTER TABLE t ADD COLUMN m mood;
