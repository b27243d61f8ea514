-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210504121624000001_add_identity_states.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210504121624000001_add_identity_states.postgres.down.sql
-- +migrate Up
ALTER TABLE "identities" ADD COLUMN "state_changed_at" timestamp;

-- +migrate Down
ALTER TABLE "identities" DROP COLUMN "state";
