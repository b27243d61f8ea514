-- history
-- up
DROP EXTENSION IF EXISTS hstore;
-- expected
-- unknown: extension hstore is not known from earlier migrations; if it existed, recreate it by hand
--   lock none
-- class: unknown
-- tidemark: extension hstore is not known from earlier migrations; if it existed, recreate it by hand
