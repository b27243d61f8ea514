-- history
CREATE SCHEMA app;
-- up
DROP SCHEMA app;
-- expected
-- needs-history: recreates the (empty) schema app
--   lock none
-- class: needs-history
CREATE SCHEMA app;
