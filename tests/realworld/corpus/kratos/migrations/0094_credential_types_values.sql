-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20201201161451000000_credential_types_values.postgres.up.sql
-- down: persistence/sql/migrations/sql/20201201161451000000_credential_types_values.postgres.down.sql
-- +migrate Up
INSERT INTO identity_credential_types (id, name) SELECT '78c1b41d-8341-4507-aa60-aff1d4369670', 'password' WHERE NOT EXISTS ( SELECT * FROM identity_credential_types WHERE name = 'password');

-- +migrate Down
DELETE FROM identity_credential_types WHERE name = 'password' OR name = 'oidc';
