-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20240923095000000001_organization_id_index.up.sql
-- down: persistence/sql/migrations/sql/20240923095000000001_organization_id_index.down.sql
-- +migrate Up
CREATE INDEX identities_nid_organization_id_idx ON identities (organization_id);

-- +migrate Down
DROP INDEX identities_nid_organization_id_idx;
