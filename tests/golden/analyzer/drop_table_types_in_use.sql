-- history
CREATE TYPE mood AS ENUM ('a', 'b');
CREATE DOMAIN posint AS int CHECK (VALUE > 0);
CREATE TABLE t (m mood DEFAULT 'a', p posint, tags text[] COLLATE "C", at timestamptz DEFAULT now());
-- up
DROP TABLE t;
-- expected
-- needs-history: recreates table t from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table t from its definition; its data is not restored
CREATE TABLE t (m mood DEFAULT 'a', p posint, tags text[] COLLATE "C", at timestamptz DEFAULT now());
