-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20250505150900000000_code_address_type.autocommit.up.sql
-- down: persistence/sql/migrations/sql/20250505150900000000_code_address_type.autocommit.down.sql
-- +migrate Up notransaction
ALTER TABLE identity_login_codes ALTER COLUMN address_type TYPE VARCHAR(36);
ALTER TABLE identity_registration_codes ALTER COLUMN address_type TYPE VARCHAR(36);

-- +migrate Down notransaction
ALTER TABLE identity_login_codes ALTER COLUMN address_type TYPE CHAR(36);
ALTER TABLE identity_registration_codes ALTER COLUMN address_type TYPE CHAR(36);
