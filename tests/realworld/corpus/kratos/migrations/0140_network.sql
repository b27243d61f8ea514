-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210410175418000016_network.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210410175418000016_network.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_errors" ADD CONSTRAINT "selfservice_errors_nid_fk_idx" FOREIGN KEY ("nid") REFERENCES "networks" ("id") ON UPDATE RESTRICT ON DELETE CASCADE;

-- +migrate Down
DROP INDEX "identity_recovery_addresses_status_via_idx";
