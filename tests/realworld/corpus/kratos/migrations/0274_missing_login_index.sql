-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20230322144139000001_missing_login_index.up.sql
-- down: persistence/sql/migrations/sql/20230322144139000001_missing_login_index.down.sql
-- +migrate Up
CREATE INDEX identity_credential_identifiers_nid_i_ici_idx ON identity_credential_identifiers (nid, identifier, identity_credential_id);

-- +migrate Down
DROP INDEX identity_credential_identifiers_nid_i_ici_idx;
