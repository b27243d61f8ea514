-- history
CREATE TYPE mood AS ENUM ('a', 'b');
ALTER TYPE mood RENAME TO feeling;
-- up
DROP TYPE feeling;
-- expected
-- needs-history: recreates type feeling from its earlier definition
--   lock none
-- class: needs-history
CREATE TYPE feeling AS ENUM ('a', 'b');
