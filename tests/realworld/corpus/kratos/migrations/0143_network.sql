-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210410175418000019_network.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210410175418000019_network.postgres.down.sql
-- +migrate Up
CREATE INDEX "selfservice_errors_nid_idx" ON "selfservice_errors" (id, nid);

-- +migrate Down
DROP INDEX "identity_verifiable_addresses_status_via_uq_idx";
