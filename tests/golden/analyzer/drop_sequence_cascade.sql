-- history
CREATE SEQUENCE s;
CREATE TABLE u (id int DEFAULT nextval('s'));
-- up
DROP SEQUENCE s CASCADE;
-- expected
-- irreversible: DROP SEQUENCE ... CASCADE also drops dependents tidemark cannot know
--   lock ACCESS EXCLUSIVE
-- class: irreversible
-- tidemark: DROP SEQUENCE ... CASCADE also drops dependents tidemark cannot know
