-- history
CREATE SCHEMA app;
-- up
GRANT USAGE ON SCHEMA app TO PUBLIC;
-- expected
-- conditional: REVOKE undoes it, assuming the grantees did not hold these privileges before
--   lock none
-- class: conditional
REVOKE usage ON SCHEMA app FROM public;
