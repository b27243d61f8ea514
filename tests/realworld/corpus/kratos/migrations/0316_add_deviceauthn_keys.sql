-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20260127000000000001_add_deviceauthn_keys.up.sql
-- down: persistence/sql/migrations/sql/20260127000000000001_add_deviceauthn_keys.down.sql
-- +migrate Up
INSERT INTO identity_credential_types (id, name) SELECT '26433aa2-c33a-4870-85dc-230af354e0bf', 'deviceauthn' WHERE NOT EXISTS ( SELECT * FROM identity_credential_types WHERE name = 'deviceauthn');

-- +migrate Down
DELETE FROM identity_credential_types WHERE name = 'deviceauthn';
