-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20150100000001000000_networks.postgres.up.sql
-- down: persistence/sql/migrations/sql/20150100000001000000_networks.postgres.down.sql
-- +migrate Up
CREATE TABLE "networks" (
"id" UUID NOT NULL,
PRIMARY KEY("id"),
"created_at" timestamp NOT NULL,
"updated_at" timestamp NOT NULL
);

-- +migrate Down
DROP TABLE "networks";
