-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20191100000008000002_selfservice_verification.postgres.up.sql
-- down: persistence/sql/migrations/sql/20191100000008000002_selfservice_verification.postgres.down.sql
-- +migrate Up
CREATE INDEX "identity_verifiable_addresses_code_idx" ON "identity_verifiable_addresses" (code);
