-- history
CREATE SCHEMA "App Data";
-- up
DROP SCHEMA "App Data";
-- expected
-- needs-history: recreates the (empty) schema App Data
--   lock none
-- class: needs-history
CREATE SCHEMA "App Data";
