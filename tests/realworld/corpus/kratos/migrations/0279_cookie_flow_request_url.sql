-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20230705000000000001_cookie_flow_request_url.up.sql
-- down: persistence/sql/migrations/sql/20230705000000000001_cookie_flow_request_url.down.sql
-- +migrate Up
ALTER TABLE selfservice_login_flows ALTER COLUMN request_url TYPE TEXT;
ALTER TABLE selfservice_recovery_flows ALTER COLUMN request_url TYPE TEXT;
ALTER TABLE selfservice_registration_flows ALTER COLUMN request_url TYPE TEXT;
ALTER TABLE selfservice_settings_flows ALTER COLUMN request_url TYPE TEXT;
ALTER TABLE selfservice_verification_flows ALTER COLUMN request_url TYPE TEXT;

-- +migrate Down
UPDATE selfservice_login_flows SET request_url = substr(request_url, 1, 1024);
UPDATE selfservice_recovery_flows SET request_url = substr(request_url, 1, 1024);
UPDATE selfservice_registration_flows SET request_url = substr(request_url, 1, 1024);
UPDATE selfservice_settings_flows SET request_url = substr(request_url, 1, 1024);
UPDATE selfservice_verification_flows SET request_url = substr(request_url, 1, 1024);

ALTER TABLE selfservice_login_flows ALTER COLUMN request_url TYPE VARCHAR(1024);
ALTER TABLE selfservice_recovery_flows ALTER COLUMN request_url TYPE VARCHAR(1024);
ALTER TABLE selfservice_registration_flows ALTER COLUMN request_url TYPE VARCHAR(1024);
ALTER TABLE selfservice_settings_flows ALTER COLUMN request_url TYPE VARCHAR(1024);
ALTER TABLE selfservice_verification_flows ALTER COLUMN request_url TYPE VARCHAR(1024);
