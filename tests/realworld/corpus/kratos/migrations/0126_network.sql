-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210410175418000002_network.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210410175418000002_network.postgres.down.sql
-- +migrate Up
UPDATE selfservice_login_flows SET nid = (SELECT id FROM networks LIMIT 1);

-- +migrate Down
CREATE INDEX "identity_recovery_addresses_status_via_idx" ON "identity_recovery_addresses" (via, value);
