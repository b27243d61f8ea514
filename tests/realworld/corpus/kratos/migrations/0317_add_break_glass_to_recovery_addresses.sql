-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20260327101213000000_add_break_glass_to_recovery_addresses.postgres.up.sql
-- down: persistence/sql/migrations/sql/20260327101213000000_add_break_glass_to_recovery_addresses.postgres.down.sql
-- +migrate Up
ALTER TABLE identity_recovery_addresses ADD COLUMN IF NOT EXISTS break_glass_for_organization UUID;

-- +migrate Down
ALTER TABLE identity_recovery_addresses DROP COLUMN IF EXISTS break_glass_for_organization;
