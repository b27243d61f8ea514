-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210410175418000024_network.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210410175418000024_network.postgres.down.sql
-- +migrate Up
CREATE INDEX "continuity_containers_nid_idx" ON "continuity_containers" (id, nid);

-- +migrate Down
DROP INDEX "identities_nid_idx";
