-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210805122535000000_credential_types_totp.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210805122535000000_credential_types_totp.postgres.down.sql
-- +migrate Up
INSERT INTO identity_credential_types (id, name) SELECT '5e29b036-aa47-457f-9fe6-aa8b854a752b', 'totp' WHERE NOT EXISTS ( SELECT * FROM identity_credential_types WHERE name = 'totp');

-- +migrate Down
DELETE FROM identity_credential_types WHERE name = 'totp';
