CREATE SCHEMA "Sales Dept";
CREATE TABLE "user" (id int PRIMARY KEY, "order" int, "select" text DEFAULT 'x', "Group" text);
CREATE TABLE "Sales Dept"."Order" (
  "ID" int PRIMARY KEY,
  "user" int REFERENCES "user" (id),
  "limit" numeric CHECK ("limit" > 0)
);
CREATE INDEX "Order user idx" ON "Sales Dept"."Order" ("user");
CREATE VIEW "Sales Dept"."Big Orders" AS SELECT "ID", "limit" FROM "Sales Dept"."Order" WHERE "limit" > 100;
CREATE FUNCTION "Sales Dept"."Total"("from" int) RETURNS numeric LANGUAGE sql AS $$ SELECT sum("limit") FROM "Sales Dept"."Order" WHERE "ID" >= "from" $$;
COMMENT ON TABLE "Sales Dept"."Order" IS 'Quoted everything';
