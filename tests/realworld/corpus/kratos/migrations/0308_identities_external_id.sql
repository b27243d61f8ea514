-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20250708190000000000_identities_external_id.autocommit.up.sql
-- down: persistence/sql/migrations/sql/20250708190000000000_identities_external_id.autocommit.down.sql
-- +migrate Up notransaction
ALTER TABLE identities ADD COLUMN external_id VARCHAR(64) NULL CHECK (external_id IS NULL OR external_id != '');

-- +migrate Down notransaction
ALTER TABLE identities DROP COLUMN external_id;
