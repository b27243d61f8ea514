-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE TABLE IF NOT EXISTS users (id int);
-- expected
-- conditional: DROP TABLE undoes it, assuming users did not exist before (IF NOT EXISTS)
--   lock ACCESS EXCLUSIVE
-- class: conditional
DROP TABLE users;
