-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20231108111100000000_credential_types_passkey.up.sql
-- down: persistence/sql/migrations/sql/20231108111100000000_credential_types_passkey.down.sql
-- +migrate Up
INSERT INTO identity_credential_types (id, name)
SELECT '8d0ca544-9bf6-45d3-bd75-0bbb3aeba3c7', 'passkey'
WHERE NOT EXISTS ( SELECT * FROM identity_credential_types WHERE name = 'passkey');

-- +migrate Down
DELETE FROM identity_credential_types WHERE name = 'passkey';
