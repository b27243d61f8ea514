-- history
CREATE FUNCTION pick() RETURNS int LANGUAGE sql AS $$ SELECT 4 $$;
CREATE TABLE t (a int DEFAULT pick());
-- up
DROP FUNCTION pick() CASCADE;
-- expected
-- irreversible: DROP FUNCTION ... CASCADE also drops dependents tidemark cannot know
--   lock none
-- class: irreversible
-- tidemark: DROP FUNCTION ... CASCADE also drops dependents tidemark cannot know
