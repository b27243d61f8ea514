-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20230818000000000001_verification_add_oauth2_login_challenge_identity_id.up.sql
-- down: persistence/sql/migrations/sql/20230818000000000001_verification_add_oauth2_login_challenge_identity_id.down.sql
-- +migrate Up
ALTER TABLE selfservice_verification_flows ADD COLUMN session_id UUID;

-- +migrate Down
ALTER TABLE selfservice_verification_flows DROP COLUMN session_id;
