-- history
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'the application';
-- up
DROP SCHEMA app;
-- expected
-- needs-history: recreates the (empty) schema app
--   lock none
-- class: needs-history
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'the application';
