-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20191100000001000000_identities.postgres.up.sql
-- down: persistence/sql/migrations/sql/20191100000001000000_identities.postgres.down.sql
-- +migrate Up
CREATE TABLE "identities" (
"id" UUID NOT NULL,
PRIMARY KEY("id"),
"traits_schema_id" VARCHAR (2048) NOT NULL,
"traits" jsonb NOT NULL,
"created_at" timestamp NOT NULL,
"updated_at" timestamp NOT NULL
);

-- +migrate Down
DROP TABLE "identities";
