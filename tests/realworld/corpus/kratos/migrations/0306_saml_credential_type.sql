-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20241203105600000000_saml_credential_type.up.sql
-- down: persistence/sql/migrations/sql/20241203105600000000_saml_credential_type.down.sql
-- +migrate Up
INSERT INTO identity_credential_types (id, name)
SELECT '7bddcf6c-f50e-4a18-9b0f-429114c33419', 'saml'
    WHERE NOT EXISTS ( SELECT * FROM identity_credential_types WHERE name = 'saml');

-- +migrate Down
DELETE FROM identity_credential_types WHERE name = 'saml';
