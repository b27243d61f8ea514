-- history
CREATE TYPE mood AS ENUM ('a', 'b');
CREATE TABLE t (id int, m mood NOT NULL DEFAULT 'b');
-- up
ALTER TABLE t DROP COLUMN m;
-- expected
-- needs-history: re-adds column m from its earlier definition (type, default, constraints); its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: re-adds column m with its definition; its data is not restored
ALTER TABLE t ADD COLUMN m mood NOT NULL DEFAULT 'b';
