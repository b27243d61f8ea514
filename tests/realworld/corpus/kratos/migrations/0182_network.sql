-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210410175418000058_network.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210410175418000058_network.postgres.down.sql
-- +migrate Up
DROP INDEX "identity_recovery_addresses_status_via_idx";
