-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20200519101057000006_create_recovery_addresses.postgres.up.sql
-- down: persistence/sql/migrations/sql/20200519101057000006_create_recovery_addresses.postgres.down.sql
-- +migrate Up
CREATE UNIQUE INDEX "identity_recovery_addresses_code_uq_idx" ON "identity_recovery_tokens" (token);
