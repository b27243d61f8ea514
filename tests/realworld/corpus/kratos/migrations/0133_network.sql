-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210410175418000009_network.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210410175418000009_network.postgres.down.sql
-- +migrate Up
CREATE INDEX "selfservice_registration_flows_nid_idx" ON "selfservice_registration_flows" (id, nid);

-- +migrate Down
ALTER TABLE "identities" DROP COLUMN "nid";
