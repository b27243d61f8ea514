-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20260114175904000000_drop_identity_credentials_nid_idx.up.sql
-- down: persistence/sql/migrations/sql/20260114175904000000_drop_identity_credentials_nid_idx.down.sql
-- +migrate Up
DROP INDEX IF EXISTS identity_credentials_nid_idx;

-- +migrate Down
CREATE INDEX identity_credentials_nid_idx ON identity_credentials (nid);
