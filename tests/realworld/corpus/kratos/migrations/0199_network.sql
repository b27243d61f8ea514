-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210410175418000075_network.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210410175418000075_network.postgres.down.sql
-- +migrate Up
CREATE INDEX "identity_verifiable_addresses_nid_idx" ON "identity_verifiable_addresses" (id, nid);
