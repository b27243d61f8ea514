-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20200705105359000000_rename_identities_schema.postgres.up.sql
-- down: persistence/sql/migrations/sql/20200705105359000000_rename_identities_schema.postgres.down.sql
-- +migrate Up
ALTER TABLE "identities" RENAME COLUMN "traits_schema_id" TO "schema_id";

-- +migrate Down
ALTER TABLE "identities" RENAME COLUMN "schema_id" TO "traits_schema_id";
