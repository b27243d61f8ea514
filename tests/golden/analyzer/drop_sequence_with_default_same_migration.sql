-- history
CREATE SEQUENCE s START 5;
CREATE TABLE u (id int DEFAULT nextval('s'), v text);
-- up
ALTER TABLE u ALTER COLUMN id DROP DEFAULT;
DROP SEQUENCE s;
-- expected
-- needs-history: restores column id's earlier default
--   lock ACCESS EXCLUSIVE
-- needs-history: recreates sequence s; its current value is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: the sequence restarts from its START value
CREATE SEQUENCE s START 5;
ALTER TABLE u ALTER COLUMN id SET DEFAULT nextval('s');
