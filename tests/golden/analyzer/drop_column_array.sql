-- history
CREATE TABLE u (id int, tags text[] NOT NULL DEFAULT '{}');
-- up
ALTER TABLE u DROP COLUMN tags;
-- expected
-- needs-history: re-adds column tags from its earlier definition (type, default, constraints); its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: re-adds column tags with its definition; its data is not restored
ALTER TABLE u ADD COLUMN tags text[] NOT NULL DEFAULT '{}';
