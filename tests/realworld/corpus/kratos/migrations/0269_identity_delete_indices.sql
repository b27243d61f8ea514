-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20221214101328000000_identity_delete_indices.up.sql
-- down: persistence/sql/migrations/sql/20221214101328000000_identity_delete_indices.down.sql
-- +migrate Up
CREATE INDEX IF NOT EXISTS "identity_recovery_codes_identity_id_nid_idx" ON "identity_recovery_codes" (identity_id, nid);

CREATE INDEX IF NOT EXISTS "identity_verification_codes_verifiable_address_nid_idx" ON "identity_verification_codes" (identity_verifiable_address_id, nid);

CREATE INDEX IF NOT EXISTS "selfservice_settings_flows_identity_id_nid_idx" ON "selfservice_settings_flows" (identity_id, nid);

CREATE INDEX IF NOT EXISTS "continuity_containers_identity_id_nid_idx" ON "continuity_containers" (identity_id, nid);

CREATE INDEX IF NOT EXISTS "selfservice_recovery_flows_recovered_identity_id_nid_idx" ON "selfservice_recovery_flows" (recovered_identity_id, nid);

CREATE INDEX IF NOT EXISTS "identity_recovery_tokens_identity_id_nid_idx" ON "identity_recovery_tokens" (identity_id, nid);

CREATE INDEX IF NOT EXISTS "identity_recovery_codes_identity_recovery_address_id_nid_idx" ON "identity_recovery_codes" (identity_recovery_address_id, nid);

-- +migrate Down
DROP INDEX IF EXISTS "identity_recovery_codes_identity_id_nid_idx";

DROP INDEX IF EXISTS "identity_verification_codes_verifiable_address_nid_idx";

DROP INDEX IF EXISTS "selfservice_settings_flows_identity_id_nid_idx";

DROP INDEX IF EXISTS "continuity_containers_identity_id_nid_idx";

DROP INDEX IF EXISTS "selfservice_recovery_flows_recovered_identity_id_nid_idx";

DROP INDEX IF EXISTS "identity_recovery_tokens_identity_id_nid_idx";

DROP INDEX IF EXISTS "identity_recovery_codes_identity_recovery_address_id_nid_idx";
