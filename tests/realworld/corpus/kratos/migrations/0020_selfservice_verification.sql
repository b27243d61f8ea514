-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20191100000008000003_selfservice_verification.postgres.up.sql
-- down: persistence/sql/migrations/sql/20191100000008000003_selfservice_verification.postgres.down.sql
-- +migrate Up
CREATE UNIQUE INDEX "identity_verifiable_addresses_status_via_uq_idx" ON "identity_verifiable_addresses" (via, value);
