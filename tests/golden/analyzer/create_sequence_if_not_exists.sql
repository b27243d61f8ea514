-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE SEQUENCE IF NOT EXISTS order_no;
-- expected
-- conditional: DROP undoes it, assuming sequence order_no did not exist before (IF NOT EXISTS)
--   lock none
-- class: conditional
DROP SEQUENCE order_no;
