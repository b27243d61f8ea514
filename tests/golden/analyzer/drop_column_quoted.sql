-- history
CREATE TABLE "T" (id int, "Value" numeric(10,2) DEFAULT 0);
-- up
ALTER TABLE "T" DROP COLUMN "Value";
-- expected
-- needs-history: re-adds column Value from its earlier definition (type, default, constraints); its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: re-adds column Value with its definition; its data is not restored
ALTER TABLE "T" ADD COLUMN "Value" numeric(10, 2) DEFAULT 0;
