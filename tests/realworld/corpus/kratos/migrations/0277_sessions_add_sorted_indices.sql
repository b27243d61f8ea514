-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20230619000000000001_sessions_add_sorted_indices.up.sql
-- down: persistence/sql/migrations/sql/20230619000000000001_sessions_add_sorted_indices.down.sql
-- +migrate Up
CREATE INDEX sessions_identity_id_nid_sorted_idx
  ON sessions (identity_id, nid, authenticated_at DESC);

DROP INDEX sessions_identity_id_nid_idx;

-- +migrate Down
CREATE INDEX sessions_identity_id_nid_idx
  ON sessions (identity_id, nid);

DROP INDEX sessions_identity_id_nid_sorted_idx;
