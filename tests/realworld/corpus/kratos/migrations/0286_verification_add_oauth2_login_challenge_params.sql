-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20230823000000000001_verification_add_oauth2_login_challenge_params.up.sql
-- down: persistence/sql/migrations/sql/20230823000000000001_verification_add_oauth2_login_challenge_params.down.sql
-- +migrate Up
ALTER TABLE selfservice_verification_flows ADD COLUMN identity_id UUID;
ALTER TABLE selfservice_verification_flows ADD COLUMN authentication_methods JSON;

-- +migrate Down
ALTER TABLE selfservice_verification_flows DROP COLUMN identity_id;
ALTER TABLE selfservice_verification_flows DROP COLUMN authentication_methods;
