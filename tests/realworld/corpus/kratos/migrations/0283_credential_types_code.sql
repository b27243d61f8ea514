-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20230712173852000000_credential_types_code.up.sql
-- down: persistence/sql/migrations/sql/20230712173852000000_credential_types_code.down.sql
-- +migrate Up
INSERT INTO identity_credential_types (id, name) SELECT '14f3b7e2-8725-4068-be39-8a796485fd97', 'code' WHERE NOT EXISTS ( SELECT * FROM identity_credential_types WHERE name = 'code');

-- +migrate Down
DELETE FROM identity_credential_types WHERE name = 'code';
