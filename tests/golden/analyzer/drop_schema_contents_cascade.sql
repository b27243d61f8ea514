-- history
CREATE SCHEMA app;
CREATE TABLE app.t (id int);
-- up
DROP SCHEMA app CASCADE;
-- expected
-- irreversible: DROP SCHEMA ... CASCADE also drops dependents tidemark cannot know
--   lock none
-- class: irreversible
-- tidemark: DROP SCHEMA ... CASCADE also drops dependents tidemark cannot know
