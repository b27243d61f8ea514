-- history
CREATE SCHEMA ext;
CREATE EXTENSION hstore SCHEMA ext;
-- up
DROP EXTENSION hstore;
DROP SCHEMA ext;
-- expected
-- conditional: CREATE EXTENSION recreates hstore where it was created, assuming the default version was installed
--   lock none
-- needs-history: recreates the (empty) schema ext
--   lock none
-- class: needs-history
CREATE SCHEMA ext;
CREATE EXTENSION hstore SCHEMA ext;
