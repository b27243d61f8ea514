-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE TABLE "café" ("ñame" text);
CREATE INDEX ON "café" ("ñame");
-- expected
-- reversible: DROP TABLE removes the new table
--   lock ACCESS EXCLUSIVE
-- conditional: the index is unnamed: DROP INDEX uses PostgreSQL's default name café_ñame_idx
--   lock SHARE, scans
-- class: conditional
DROP INDEX "café_ñame_idx";
DROP TABLE "café";
