-- history
CREATE TYPE pair AS (a int, b text);
ALTER TYPE pair ADD ATTRIBUTE c int;
-- up
DROP TYPE pair;
-- expected
-- unknown: type pair was changed by a later ALTER TYPE, which tidemark does not replay; its definition is unknown, recreate it by hand
--   lock none
-- class: unknown
-- tidemark: type pair was changed by a later ALTER TYPE, which tidemark does not replay; its definition is unknown, recreate it by hand
