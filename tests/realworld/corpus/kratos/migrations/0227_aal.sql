-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210810153530000002_aal.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210810153530000002_aal.postgres.down.sql
-- +migrate Up
UPDATE sessions SET authentication_methods='[]';

-- +migrate Down
ALTER TABLE "sessions" DROP COLUMN "authentication_methods";
