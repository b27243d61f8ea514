-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20220824165300000002_add_flow_type_check_constraint.up.sql
-- down: persistence/sql/migrations/sql/20220824165300000002_add_flow_type_check_constraint.down.sql
-- +migrate Up
ALTER TABLE identity_recovery_tokens 
ADD CONSTRAINT identity_recovery_tokens_token_type_ck CHECK (token_type = 1 OR token_type = 2);
