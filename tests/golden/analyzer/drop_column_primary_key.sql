-- history
CREATE TABLE t (id int PRIMARY KEY, v text);
-- up
ALTER TABLE t DROP COLUMN id;
-- expected
-- needs-history: re-adds column id from its earlier definition (type, default, constraints); its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: re-adds column id with its definition; its data is not restored
ALTER TABLE t ADD COLUMN id int;
ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
