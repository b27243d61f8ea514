-- history
CREATE TABLE "café" (id int, "ñame" text DEFAULT 'é');
-- up
ALTER TABLE "café" DROP COLUMN "ñame";
-- expected
-- needs-history: re-adds column ñame from its earlier definition (type, default, constraints); its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: re-adds column ñame with its definition; its data is not restored
ALTER TABLE "café" ADD COLUMN "ñame" text DEFAULT 'é';
