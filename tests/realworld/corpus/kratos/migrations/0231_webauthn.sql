-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210816113956000000_webauthn.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210816113956000000_webauthn.postgres.down.sql
-- +migrate Up
INSERT INTO identity_credential_types (id, name) SELECT '6b213fa0-e6ad-46cb-8878-b088d2ce2e3c', 'webauthn' WHERE NOT EXISTS ( SELECT * FROM identity_credential_types WHERE name = 'webauthn');

-- +migrate Down
DELETE FROM identity_credential_types WHERE name = 'webauthn';
