-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
GRANT SELECT, INSERT, UPDATE ON TABLE t, parent TO PUBLIC;
-- expected
-- conditional: REVOKE undoes it, assuming the grantees did not hold these privileges before
--   lock none
-- class: conditional
REVOKE select, insert, update ON t, parent FROM public;
