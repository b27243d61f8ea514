-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20260422000000000000_pending_traits_changes_add_session.up.sql
-- down: persistence/sql/migrations/sql/20260422000000000000_pending_traits_changes_add_session.down.sql
-- +migrate Up
ALTER TABLE identity_pending_traits_changes
    ADD COLUMN "session_id" UUID NULL,
    ADD CONSTRAINT identity_pending_traits_changes_sessions_id_fk
        FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE SET NULL,
    ADD COLUMN "origin_settings_flow_id" UUID NULL,
    ADD CONSTRAINT identity_pending_traits_changes_settings_flow_id_fk
        FOREIGN KEY (origin_settings_flow_id) REFERENCES selfservice_settings_flows (id) ON DELETE CASCADE;

CREATE INDEX identity_pending_traits_changes_nid_session_id_idx
    ON identity_pending_traits_changes (nid, session_id);

CREATE INDEX identity_pending_traits_changes_nid_origin_settings_flow_id_idx
    ON identity_pending_traits_changes (nid, origin_settings_flow_id);

-- +migrate Down
DROP INDEX IF EXISTS identity_pending_traits_changes_nid_origin_settings_flow_id_idx;
DROP INDEX IF EXISTS identity_pending_traits_changes_nid_session_id_idx;

ALTER TABLE identity_pending_traits_changes
    DROP CONSTRAINT IF EXISTS identity_pending_traits_changes_settings_flow_id_fk;

ALTER TABLE identity_pending_traits_changes
    DROP CONSTRAINT IF EXISTS identity_pending_traits_changes_sessions_id_fk;

ALTER TABLE identity_pending_traits_changes DROP COLUMN IF EXISTS origin_settings_flow_id;
ALTER TABLE identity_pending_traits_changes DROP COLUMN IF EXISTS session_id;
