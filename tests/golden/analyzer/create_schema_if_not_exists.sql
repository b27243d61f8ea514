-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE SCHEMA IF NOT EXISTS reporting;
-- expected
-- conditional: DROP undoes it, assuming schema reporting did not exist before (IF NOT EXISTS)
--   lock none
-- class: conditional
DROP SCHEMA reporting;
