-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
DO $$ BEGIN PERFORM 1; END $$;
-- expected
-- irreversible: DO blocks run arbitrary code; tidemark cannot know what to undo
--   lock none
-- class: irreversible
-- tidemark: DO blocks run arbitrary code; tidemark cannot know what to undo
