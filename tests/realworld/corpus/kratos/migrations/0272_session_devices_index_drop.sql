-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20230216142104000000_session_devices_index_drop.up.sql
-- down: persistence/sql/migrations/sql/20230216142104000000_session_devices_index_drop.down.sql
-- +migrate Up
DROP INDEX IF EXISTS session_devices.unique_session_device;

-- +migrate Down
CREATE UNIQUE INDEX IF NOT EXISTS unique_session_device ON session_devices (nid, session_id, ip_address, user_agent);
