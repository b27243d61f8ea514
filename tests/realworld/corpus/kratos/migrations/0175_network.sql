-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210410175418000051_network.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210410175418000051_network.postgres.down.sql
-- +migrate Up
CREATE INDEX "selfservice_recovery_flows_nid_idx" ON "selfservice_recovery_flows" (id, nid);
