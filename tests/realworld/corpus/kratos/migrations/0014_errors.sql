-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20191100000004000000_errors.postgres.up.sql
-- down: persistence/sql/migrations/sql/20191100000004000000_errors.postgres.down.sql
-- +migrate Up
CREATE TABLE "selfservice_errors" (
"id" UUID NOT NULL,
PRIMARY KEY("id"),
"errors" jsonb NOT NULL,
"seen_at" timestamp NOT NULL,
"was_seen" bool NOT NULL,
"created_at" timestamp NOT NULL,
"updated_at" timestamp NOT NULL
);

-- +migrate Down
DROP TABLE "selfservice_errors";
