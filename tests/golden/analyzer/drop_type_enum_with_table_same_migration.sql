-- history
CREATE TYPE mood AS ENUM ('a', 'b');
CREATE TABLE t (id int, m mood);
-- up
DROP TABLE t;
DROP TYPE mood;
-- expected
-- needs-history: recreates table t from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- needs-history: recreates type mood from its earlier definition
--   lock none
-- class: needs-history
CREATE TYPE mood AS ENUM ('a', 'b');
-- tidemark: recreates table t from its definition; its data is not restored
CREATE TABLE t (id int, m mood);
