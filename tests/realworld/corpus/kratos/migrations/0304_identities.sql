-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20241106142200000002_identities.autocommit.up.sql
-- down: persistence/sql/migrations/sql/20241106142200000002_identities.autocommit.down.sql
-- +migrate Up notransaction
CREATE INDEX IF NOT EXISTS identity_credential_identifiers_ici_nid_i_idx
    ON identity_credential_identifiers (identity_credential_id ASC, nid ASC, identifier ASC);

-- +migrate Down notransaction

DROP INDEX IF EXISTS identity_credential_identifiers_ici_nid_i_idx;
