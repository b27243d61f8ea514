-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20220607000001000000_hydra_login_challenge.postgres.up.sql
-- down: persistence/sql/migrations/sql/20220607000001000000_hydra_login_challenge.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_login_flows" ADD COLUMN "oauth2_login_challenge" UUID NULL;
ALTER TABLE "selfservice_registration_flows" ADD COLUMN "oauth2_login_challenge" UUID NULL;

-- +migrate Down
ALTER TABLE "selfservice_login_flows" DROP COLUMN "oauth2_login_challenge";
ALTER TABLE "selfservice_registration_flows" DROP COLUMN "oauth2_login_challenge";
