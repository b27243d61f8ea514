-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20191100000001000001_identities.postgres.up.sql
-- down: persistence/sql/migrations/sql/20191100000001000001_identities.postgres.down.sql
-- +migrate Up
CREATE TABLE "identity_credential_types" (
"id" UUID NOT NULL,
PRIMARY KEY("id"),
"name" VARCHAR (32) NOT NULL
);

-- +migrate Down
DROP TABLE "identity_credential_types";
