-- history
CREATE TABLE u (id int, v text);
ALTER TABLE u ADD PRIMARY KEY (id);
ALTER TABLE u DROP CONSTRAINT u_pkey;
-- up
ALTER TABLE u DROP COLUMN id;
-- expected
-- needs-history: re-adds column id from its earlier definition (type, default, constraints); its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: re-adds column id with its definition; its data is not restored
ALTER TABLE u ADD COLUMN id int NOT NULL;
