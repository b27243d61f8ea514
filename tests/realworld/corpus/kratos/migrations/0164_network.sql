-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210410175418000040_network.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210410175418000040_network.postgres.down.sql
-- +migrate Up
ALTER TABLE "identity_credential_identifiers" ADD COLUMN "nid" UUID;

-- +migrate Down
ALTER TABLE "selfservice_registration_flows" DROP CONSTRAINT "selfservice_registration_flows_nid_fk_idx";
