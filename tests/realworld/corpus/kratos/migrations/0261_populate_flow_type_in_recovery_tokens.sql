-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20220824165300000001_populate_flow_type_in_recovery_tokens.up.sql
-- down: persistence/sql/migrations/sql/20220824165300000001_populate_flow_type_in_recovery_tokens.down.sql
-- +migrate Up
UPDATE identity_recovery_tokens
SET token_type = 1
WHERE selfservice_recovery_flow_id IS NULL;

UPDATE identity_recovery_tokens
SET token_type = 2
WHERE selfservice_recovery_flow_id IS NOT NULL;
