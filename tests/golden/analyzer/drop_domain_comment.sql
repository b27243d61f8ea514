-- history
CREATE DOMAIN posint AS int CHECK (VALUE > 0);
COMMENT ON DOMAIN posint IS 'positive';
-- up
DROP DOMAIN posint;
-- expected
-- needs-history: recreates type posint from its earlier definition
--   lock none
-- class: needs-history
CREATE DOMAIN posint AS int CHECK (VALUE > 0);
COMMENT ON DOMAIN posint IS 'positive';
