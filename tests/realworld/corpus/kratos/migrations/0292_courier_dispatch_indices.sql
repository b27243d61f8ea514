-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20240214113828000000_courier_dispatch_indices.up.sql
-- down: persistence/sql/migrations/sql/20240214113828000000_courier_dispatch_indices.down.sql
-- +migrate Up
-- Remove unused index
DROP INDEX courier_message_dispatches_id_message_id_nid_idx;

-- For pop eager load
CREATE INDEX IF NOT EXISTS courier_message_dispatches_message_id_idx ON courier_message_dispatches (message_id, created_at DESC);

-- For delete by nid
CREATE INDEX IF NOT EXISTS courier_message_dispatches_nid_idx ON courier_message_dispatches (nid);

-- +migrate Down
CREATE INDEX IF NOT EXISTS courier_message_dispatches_id_message_id_nid_idx ON courier_message_dispatches (id ASC, message_id ASC, nid ASC);

DROP INDEX courier_message_dispatches_message_id_idx;
DROP INDEX courier_message_dispatches_nid_idx;
