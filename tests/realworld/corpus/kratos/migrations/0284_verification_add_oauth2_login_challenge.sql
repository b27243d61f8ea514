-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20230811000000000001_verification_add_oauth2_login_challenge.up.sql
-- down: persistence/sql/migrations/sql/20230811000000000001_verification_add_oauth2_login_challenge.down.sql
-- +migrate Up
ALTER TABLE selfservice_verification_flows ADD COLUMN oauth2_login_challenge TEXT NULL;

-- +migrate Down
ALTER TABLE selfservice_verification_flows DROP COLUMN oauth2_login_challenge;
