-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20220610155809000000_identity_address_casing.postgres.up.sql
-- down: persistence/sql/migrations/sql/20220610155809000000_identity_address_casing.postgres.down.sql
-- +migrate Up
UPDATE identity_recovery_addresses SET value = LOWER(value) WHERE TRUE;
UPDATE identity_verifiable_addresses SET value = LOWER(value) WHERE TRUE;
