-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210410175418000027_network.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210410175418000027_network.postgres.down.sql
-- +migrate Up
UPDATE courier_messages SET nid = (SELECT id FROM networks LIMIT 1);

-- +migrate Down
DROP INDEX "continuity_containers_nid_idx";
