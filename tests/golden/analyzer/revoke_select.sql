-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
GRANT SELECT ON t TO PUBLIC;
-- up
REVOKE SELECT ON t FROM PUBLIC;
-- expected
-- conditional: GRANT undoes it, assuming the grantees held exactly these privileges before
--   lock none
-- class: conditional
GRANT select ON t TO public;
