-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20230706000000000001_available_aal.up.sql
-- down: persistence/sql/migrations/sql/20230706000000000001_available_aal.down.sql
-- +migrate Up
ALTER TABLE identities ADD COLUMN available_aal VARCHAR(4) NULL;

-- +migrate Down
ALTER TABLE identities DROP COLUMN available_aal;
