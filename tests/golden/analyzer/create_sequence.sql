-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE SEQUENCE order_no START 1000 INCREMENT 5;
-- expected
-- reversible: DROP removes sequence order_no
--   lock none
-- class: reversible
DROP SEQUENCE order_no;
