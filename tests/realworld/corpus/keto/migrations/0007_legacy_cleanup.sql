-- ory/keto@e026d8391913caa2dcd1bff92311ce9d1181d821
-- up: internal/persistence/sql/migrations/sql/20210914134624000000_legacy-cleanup.postgres.up.sql
-- down: internal/persistence/sql/migrations/sql/20210914134624000000_legacy-cleanup.postgres.down.sql
-- +migrate Up
DROP TABLE "keto_namespace";

-- +migrate Down
CREATE TABLE "keto_namespace" (
"id" SERIAL NOT NULL,
PRIMARY KEY("id"),
"schema_version" int NOT NULL
);
