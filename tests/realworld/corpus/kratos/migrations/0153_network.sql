-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210410175418000029_network.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210410175418000029_network.postgres.down.sql
-- +migrate Up
CREATE INDEX "courier_messages_nid_idx" ON "courier_messages" (id, nid);

-- +migrate Down
DROP INDEX "selfservice_registration_flows_nid_idx";
