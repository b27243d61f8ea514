-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20250708190000000001_identities_external_id_index.up.sql
-- down: persistence/sql/migrations/sql/20250708190000000001_identities_external_id_index.down.sql
-- +migrate Up
CREATE UNIQUE INDEX IF NOT EXISTS identities_nid_external_id_idx
    ON identities (nid, external_id) WHERE external_id IS NOT NULL;

-- +migrate Down
DROP INDEX IF EXISTS identities_nid_external_id_idx;
