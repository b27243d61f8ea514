-- history
CREATE SCHEMA app;
-- up
COMMENT ON SCHEMA app IS 'application';
-- expected
-- needs-history: no earlier migration set a comment; the Down removes it
--   lock SHARE UPDATE EXCLUSIVE
-- class: needs-history
COMMENT ON SCHEMA app IS NULL;
