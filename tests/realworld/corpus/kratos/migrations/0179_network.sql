-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210410175418000055_network.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210410175418000055_network.postgres.down.sql
-- +migrate Up
ALTER TABLE "identity_recovery_addresses" ALTER COLUMN "nid" TYPE UUID, ALTER COLUMN "nid" DROP NOT NULL;
