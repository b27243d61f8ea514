-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20220824165300000000_add_flow_type_to_identity_recovery_tokens.up.sql
-- down: persistence/sql/migrations/sql/20220824165300000000_add_flow_type_to_identity_recovery_tokens.down.sql
-- +migrate Up
ALTER TABLE identity_recovery_tokens
ADD token_type int NOT NULL DEFAULT 0;

-- +migrate Down
ALTER TABLE identity_recovery_tokens
DROP token_type;
