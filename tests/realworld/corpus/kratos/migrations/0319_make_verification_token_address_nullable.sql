-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20260413000000000000_make_verification_token_address_nullable.up.sql
-- down: persistence/sql/migrations/sql/20260413000000000000_make_verification_token_address_nullable.down.sql
-- +migrate Up
ALTER TABLE identity_verification_tokens ALTER COLUMN identity_verifiable_address_id DROP NOT NULL;

-- +migrate Down
DELETE FROM identity_verification_tokens WHERE identity_verifiable_address_id IS NULL;
ALTER TABLE identity_verification_tokens ALTER COLUMN identity_verifiable_address_id SET NOT NULL;
