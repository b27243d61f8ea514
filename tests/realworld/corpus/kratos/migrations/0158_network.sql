-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210410175418000034_network.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210410175418000034_network.postgres.down.sql
-- +migrate Up
CREATE INDEX "identities_nid_idx" ON "identities" (id, nid);

-- +migrate Down
ALTER TABLE "identity_credentials" DROP CONSTRAINT "identity_credentials_nid_fk_idx";
