-- history
CREATE SEQUENCE s;
CREATE TABLE t (a int DEFAULT nextval('s'), b int);
-- up
ALTER TABLE t DROP COLUMN a;
-- expected
-- needs-history: re-adds column a from its earlier definition (type, default, constraints); its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: re-adds column a with its definition; its data is not restored
ALTER TABLE t ADD COLUMN a int DEFAULT nextval('s');
