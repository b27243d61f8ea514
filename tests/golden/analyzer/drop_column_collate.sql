-- history
CREATE TABLE u (id int, name text COLLATE "C" NOT NULL DEFAULT '');
-- up
ALTER TABLE u DROP COLUMN name;
-- expected
-- needs-history: re-adds column name from its earlier definition (type, default, constraints); its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: re-adds column name with its definition; its data is not restored
ALTER TABLE u ADD COLUMN name text NOT NULL DEFAULT '' COLLATE "C";
