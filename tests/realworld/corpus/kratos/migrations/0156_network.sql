-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210410175418000032_network.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210410175418000032_network.postgres.down.sql
-- +migrate Up
UPDATE identities SET nid = (SELECT id FROM networks LIMIT 1);

-- +migrate Down
ALTER TABLE "identity_recovery_addresses" DROP CONSTRAINT "identity_recovery_addresses_nid_fk_idx";
