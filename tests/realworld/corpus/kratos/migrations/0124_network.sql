-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210410175418000000_network.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210410175418000000_network.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_login_flows" ADD COLUMN "nid" UUID;

-- +migrate Down
CREATE INDEX "identity_verifiable_addresses_status_via_idx" ON "identity_verifiable_addresses" (via, value);
