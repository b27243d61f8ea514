-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210410175418000004_network.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210410175418000004_network.postgres.down.sql
-- +migrate Up
CREATE INDEX "selfservice_login_flows_nid_idx" ON "selfservice_login_flows" (id, nid);

-- +migrate Down
CREATE UNIQUE INDEX "identity_credential_identifiers_identifier_idx" ON "identity_credential_identifiers" (identifier);
