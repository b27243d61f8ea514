-- history
CREATE TABLE "T" ("Value" int);
-- up
COMMENT ON COLUMN "T"."Value" IS 'v';
-- expected
-- needs-history: no earlier migration set a comment; the Down removes it
--   lock SHARE UPDATE EXCLUSIVE
-- class: needs-history
COMMENT ON COLUMN "T"."Value" IS NULL;
