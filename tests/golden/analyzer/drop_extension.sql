-- history
CREATE EXTENSION hstore;
-- up
DROP EXTENSION hstore;
-- expected
-- conditional: CREATE EXTENSION recreates hstore where it was created, assuming the default version was installed
--   lock none
-- class: conditional
CREATE EXTENSION hstore;
