-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210817181232000003_unique_credentials.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210817181232000003_unique_credentials.postgres.down.sql
-- +migrate Up
UPDATE identity_credential_identifiers SET identity_credential_type_id = (SELECT  ict.id FROM identity_credential_types as ict JOIN identity_credentials AS ic ON (ic.identity_credential_type_id = ict.id) WHERE ic.id = identity_credential_id);
