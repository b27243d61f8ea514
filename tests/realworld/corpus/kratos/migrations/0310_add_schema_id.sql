-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20250710085000000000_add_schema_id.up.sql
-- down: persistence/sql/migrations/sql/20250710085000000000_add_schema_id.down.sql
-- +migrate Up
ALTER TABLE selfservice_login_flows ADD COLUMN identity_schema_id VARCHAR(128) NULL;
ALTER TABLE selfservice_registration_flows ADD COLUMN identity_schema_id VARCHAR(128) NULL;

-- +migrate Down
ALTER TABLE selfservice_login_flows DROP COLUMN identity_schema_id;
ALTER TABLE selfservice_registration_flows DROP COLUMN identity_schema_id;
