-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20220825134336000000_delete_verification_token_without_flow_id.up.sql
-- down: persistence/sql/migrations/sql/20220825134336000000_delete_verification_token_without_flow_id.down.sql
-- +migrate Up
DELETE FROM identity_verification_tokens
WHERE selfservice_verification_flow_id IS NULL;
