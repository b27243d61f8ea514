-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20241108105000000001_index_cleanup.autocommit.up.sql
-- down: persistence/sql/migrations/sql/20241108105000000001_index_cleanup.autocommit.down.sql
-- +migrate Up notransaction
-- This index is replaced by identity_credential_identifiers_ici_nid_i_idx (included in the previous OEL release)
DROP INDEX IF EXISTS identity_credential_identifiers_nid_ici_i_idx;

-- This index is replaced by identity_credential_identifiers_ici_nid_i_idx (included in the previous OEL release)
DROP INDEX IF EXISTS identity_credential_identifiers_identity_credential_id_idx;

-- +migrate Down notransaction
CREATE INDEX IF NOT EXISTS identity_credential_identifiers_nid_ici_i_idx
  ON identity_credential_identifiers (nid ASC, identity_credential_id ASC, identifier ASC);

CREATE INDEX IF NOT EXISTS identity_credential_identifiers_identity_credential_id_idx
  ON identity_credential_identifiers (identity_credential_id ASC);
