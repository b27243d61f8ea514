-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t DROP CONSTRAINT nope;
-- expected
-- unknown: constraint nope is not known from earlier migrations; its definition is needed to re-add it
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: constraint nope is not known from earlier migrations; its definition is needed to re-add it
