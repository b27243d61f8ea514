-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
GRANT SELECT ON t TO PUBLIC;
-- expected
-- conditional: REVOKE undoes it, assuming the grantees did not hold these privileges before
--   lock none
-- class: conditional
REVOKE select ON t FROM public;
