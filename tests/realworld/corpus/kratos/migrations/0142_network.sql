-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210410175418000018_network.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210410175418000018_network.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_errors" ALTER COLUMN "nid" TYPE UUID, ALTER COLUMN "nid" DROP NOT NULL;

-- +migrate Down
DROP INDEX "identity_verifiable_addresses_status_via_idx";
