-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210410175418000039_network.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210410175418000039_network.postgres.down.sql
-- +migrate Up
CREATE INDEX "identity_credentials_nid_idx" ON "identity_credentials" (id, nid);

-- +migrate Down
ALTER TABLE "selfservice_settings_flows" DROP CONSTRAINT "selfservice_settings_flows_nid_fk_idx";
