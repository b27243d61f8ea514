-- history
CREATE TYPE mood AS ENUM ('a', 'b');
COMMENT ON TYPE mood IS 'how it feels';
-- up
DROP TYPE mood;
-- expected
-- needs-history: recreates type mood from its earlier definition
--   lock none
-- class: needs-history
CREATE TYPE mood AS ENUM ('a', 'b');
COMMENT ON TYPE mood IS 'how it feels';
