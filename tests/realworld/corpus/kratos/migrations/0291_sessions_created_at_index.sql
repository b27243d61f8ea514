-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20240119094628000000_sessions_created_at_index.up.sql
-- down: persistence/sql/migrations/sql/20240119094628000000_sessions_created_at_index.down.sql
-- +migrate Up
CREATE INDEX sessions_nid_created_at_id_idx ON sessions (nid, created_at DESC, id ASC);

-- +migrate Down
DROP INDEX sessions_nid_created_at_id_idx;
