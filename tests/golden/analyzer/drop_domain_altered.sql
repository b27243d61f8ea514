-- history
CREATE DOMAIN posint AS int CHECK (VALUE > 0);
ALTER DOMAIN posint SET DEFAULT 1;
-- up
DROP DOMAIN posint;
-- expected
-- unknown: type posint was changed by a later ALTER DOMAIN, which tidemark does not replay; its definition is unknown, recreate it by hand
--   lock none
-- class: unknown
-- tidemark: type posint was changed by a later ALTER DOMAIN, which tidemark does not replay; its definition is unknown, recreate it by hand
