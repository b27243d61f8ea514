-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE EXTENSION IF NOT EXISTS pgcrypto;
-- expected
-- conditional: DROP undoes it, assuming extension pgcrypto did not exist before (IF NOT EXISTS)
--   lock none
-- class: conditional
DROP EXTENSION pgcrypto;
