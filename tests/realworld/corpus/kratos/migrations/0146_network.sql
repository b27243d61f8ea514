-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210410175418000022_network.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210410175418000022_network.postgres.down.sql
-- +migrate Up
UPDATE continuity_containers SET nid = (SELECT id FROM networks LIMIT 1);

-- +migrate Down
DROP INDEX "identity_verifiable_addresses_nid_idx";
