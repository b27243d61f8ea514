-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20230920171028000000_identity_search_index.postgres.up.sql
-- down: persistence/sql/migrations/sql/20230920171028000000_identity_search_index.postgres.down.sql
-- +migrate Up
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE INDEX identity_credential_identifiers_nid_identifier_gin ON identity_credential_identifiers USING GIN (nid, identifier gin_trgm_ops);

-- +migrate Down
DROP INDEX identity_credential_identifiers_nid_identifier_gin;
