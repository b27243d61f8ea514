-- history
CREATE TABLE "Order Items" ("Id" int PRIMARY KEY, "select" text);
-- up
DROP TABLE "Order Items";
-- expected
-- needs-history: recreates table Order Items from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table Order Items from its definition; its data is not restored
CREATE TABLE "Order Items" ("Id" int, "select" text, CONSTRAINT "Order Items_pkey" PRIMARY KEY ("Id"));
