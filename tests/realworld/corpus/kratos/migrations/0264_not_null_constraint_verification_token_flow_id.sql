-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20220825134336000001_not_null_constraint_verification_token_flow_id.up.sql
-- down: persistence/sql/migrations/sql/20220825134336000001_not_null_constraint_verification_token_flow_id.down.sql
-- +migrate Up
ALTER TABLE identity_verification_tokens
ALTER selfservice_verification_flow_id SET NOT NULL;

DROP INDEX identity_verification_tokens_token_nid_used_idx;
CREATE INDEX identity_verification_tokens_token_nid_used_flow_id_idx ON identity_verification_tokens (nid, token, used, selfservice_verification_flow_id);

-- +migrate Down
ALTER TABLE identity_verification_tokens
ALTER selfservice_verification_flow_id DROP NOT NULL;

DROP INDEX identity_verification_tokens_token_nid_used_flow_id_idx;
CREATE INDEX identity_verification_tokens_token_nid_used_idx ON identity_verification_tokens (nid, token, used);
