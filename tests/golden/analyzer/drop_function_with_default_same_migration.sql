-- history
CREATE FUNCTION pick() RETURNS int LANGUAGE sql AS $$ SELECT 4 $$;
CREATE TABLE t (a int DEFAULT pick());
-- up
ALTER TABLE t ALTER COLUMN a DROP DEFAULT;
DROP FUNCTION pick();
-- expected
-- needs-history: restores column a's earlier default
--   lock ACCESS EXCLUSIVE
-- needs-history: recreates function pick from its earlier definition
--   lock none
-- class: needs-history
CREATE FUNCTION pick() RETURNS int LANGUAGE sql AS $$ SELECT 4 $$;
ALTER TABLE t ALTER COLUMN a SET DEFAULT pick();
