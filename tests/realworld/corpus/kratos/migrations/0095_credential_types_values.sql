-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20201201161451000001_credential_types_values.postgres.up.sql
-- down: persistence/sql/migrations/sql/20201201161451000001_credential_types_values.postgres.down.sql
-- +migrate Up
INSERT INTO identity_credential_types (id, name) SELECT '6fa5e2e0-bfce-4631-b62b-cf2b0252b289', 'oidc' WHERE NOT EXISTS ( SELECT * FROM identity_credential_types WHERE name = 'oidc');
