-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20220420102701000000_identity_metadata.up.sql
-- down: persistence/sql/migrations/sql/20220420102701000000_identity_metadata.down.sql
-- +migrate Up
ALTER TABLE identities ADD metadata_public jsonb NULL;
ALTER TABLE identities ADD metadata_admin jsonb NULL;

-- +migrate Down
ALTER TABLE identities DROP COLUMN metadata_public;
ALTER TABLE identities DROP COLUMN metadata_admin;
