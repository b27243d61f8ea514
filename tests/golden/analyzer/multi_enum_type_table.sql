-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE TYPE status AS ENUM ('new', 'done');
CREATE TABLE tasks (id int PRIMARY KEY, s status NOT NULL DEFAULT 'new');
-- expected
-- reversible: DROP removes type status
--   lock none
-- reversible: DROP TABLE removes the new table
--   lock ACCESS EXCLUSIVE
-- class: reversible
DROP TABLE tasks;
DROP TYPE status;
