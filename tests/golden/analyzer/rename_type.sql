-- history
CREATE TYPE mood AS ENUM ('a');
-- up
ALTER TYPE mood RENAME TO feeling;
-- expected
-- reversible: renames the type back
--   lock none
-- class: reversible
ALTER TYPE feeling RENAME TO mood;
