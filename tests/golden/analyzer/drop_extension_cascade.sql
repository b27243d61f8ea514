-- history
CREATE EXTENSION hstore;
CREATE TABLE t (h hstore);
-- up
DROP EXTENSION hstore CASCADE;
-- expected
-- irreversible: DROP EXTENSION ... CASCADE also drops dependents tidemark cannot know
--   lock none
-- class: irreversible
-- tidemark: DROP EXTENSION ... CASCADE also drops dependents tidemark cannot know
