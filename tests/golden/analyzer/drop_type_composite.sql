-- history
CREATE TYPE address AS (street text, zip int);
-- up
DROP TYPE address;
-- expected
-- needs-history: recreates type address from its earlier definition
--   lock none
-- class: needs-history
CREATE TYPE address AS (street text, zip int);
