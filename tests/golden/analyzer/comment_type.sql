-- history
CREATE TYPE mood AS ENUM ('a');
-- up
COMMENT ON TYPE mood IS 'feelings';
-- expected
-- needs-history: no earlier migration set a comment; the Down removes it
--   lock SHARE UPDATE EXCLUSIVE
-- class: needs-history
COMMENT ON TYPE mood IS NULL;
