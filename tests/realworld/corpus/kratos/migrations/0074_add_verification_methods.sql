-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20200830130642000000_add_verification_methods.postgres.up.sql
-- down: persistence/sql/migrations/sql/20200830130642000000_add_verification_methods.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_verification_flows" ADD COLUMN "state" VARCHAR (255) NOT NULL DEFAULT 'show_form';

-- +migrate Down
ALTER TABLE "selfservice_verification_flows" ADD COLUMN "success" bool NOT NULL DEFAULT FALSE;
