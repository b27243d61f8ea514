-- history
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
-- up
DROP TYPE floatrange;
-- expected
-- needs-history: recreates type floatrange from its earlier definition
--   lock none
-- class: needs-history
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
