-- history
CREATE TYPE mood AS ENUM ('a', 'b');
ALTER TYPE mood RENAME VALUE 'a' TO 'aa';
-- up
DROP TYPE mood;
-- expected
-- needs-history: recreates type mood from its earlier definition
--   lock none
-- class: needs-history
CREATE TYPE mood AS ENUM ('aa', 'b');
