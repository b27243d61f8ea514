-- history
CREATE DOMAIN positive_int AS int CHECK (VALUE > 0);
-- up
DROP DOMAIN positive_int;
-- expected
-- needs-history: recreates type positive_int from its earlier definition
--   lock none
-- class: needs-history
CREATE DOMAIN positive_int AS int CHECK (VALUE > 0);
