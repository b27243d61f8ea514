-- history
CREATE TABLE "Users" ("Email" text);
-- up
CREATE INDEX ON "Users" ("Email");
-- expected
-- conditional: the index is unnamed: DROP INDEX uses PostgreSQL's default name Users_Email_idx
--   lock SHARE, scans
-- class: conditional
DROP INDEX "Users_Email_idx";
