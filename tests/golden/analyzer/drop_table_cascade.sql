-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
DROP TABLE t CASCADE;
-- expected
-- irreversible: DROP TABLE ... CASCADE also drops dependents tidemark cannot know
--   lock ACCESS EXCLUSIVE
-- class: irreversible
-- tidemark: DROP TABLE ... CASCADE also drops dependents tidemark cannot know
