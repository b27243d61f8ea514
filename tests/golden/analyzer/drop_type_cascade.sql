-- history
CREATE TYPE mood AS ENUM ('a', 'b');
CREATE TABLE t (m mood);
-- up
DROP TYPE mood CASCADE;
-- expected
-- irreversible: DROP TYPE ... CASCADE also drops dependents tidemark cannot know
--   lock none
-- class: irreversible
-- tidemark: DROP TYPE ... CASCADE also drops dependents tidemark cannot know
