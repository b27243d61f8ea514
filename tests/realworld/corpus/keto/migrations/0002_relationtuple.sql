-- ory/keto@e026d8391913caa2dcd1bff92311ce9d1181d821
-- up: internal/persistence/sql/migrations/sql/20201110175414000000_relationtuple.postgres.up.sql
-- down: internal/persistence/sql/migrations/sql/20201110175414000000_relationtuple.postgres.down.sql
-- +migrate Up
CREATE TABLE keto_namespace
(
    id             INTEGER PRIMARY KEY,
    schema_version INTEGER NOT NULL
);
