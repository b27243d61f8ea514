-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210410175418000079_network.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210410175418000079_network.postgres.down.sql
-- +migrate Up
CREATE INDEX "identity_verifiable_addresses_status_via_idx" ON "identity_verifiable_addresses" (nid, via, value);
