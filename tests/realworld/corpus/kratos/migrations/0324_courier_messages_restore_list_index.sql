-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20260616000000000000_courier_messages_restore_list_index.postgres.autocommit.up.sql
-- down: persistence/sql/migrations/sql/20260616000000000000_courier_messages_restore_list_index.postgres.autocommit.down.sql
-- +migrate Up notransaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS courier_messages_nid_created_at_id_idx ON courier_messages (nid ASC, created_at DESC, id ASC);

-- +migrate Down notransaction
DROP INDEX CONCURRENTLY IF EXISTS courier_messages_nid_created_at_id_idx;
