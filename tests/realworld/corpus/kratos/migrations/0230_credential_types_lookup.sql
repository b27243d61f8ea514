-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210813150152000000_credential_types_lookup.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210813150152000000_credential_types_lookup.postgres.down.sql
-- +migrate Up
INSERT INTO identity_credential_types (id, name) SELECT '567a0730-7f48-4dd7-a13d-df87a51c245f', 'lookup_secret' WHERE NOT EXISTS ( SELECT * FROM identity_credential_types WHERE name = 'lookup_secret');

-- +migrate Down
DELETE FROM identity_credential_types WHERE name = 'lookup_secret';
