-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20260703000000000000_courier_messages_status_created_at_idx.postgres.autocommit.up.sql
-- down: persistence/sql/migrations/sql/20260703000000000000_courier_messages_status_created_at_idx.postgres.autocommit.down.sql
-- +migrate Up notransaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS courier_messages_status_created_at_idx ON courier_messages (status ASC, created_at ASC);

-- +migrate Down notransaction
DROP INDEX CONCURRENTLY IF EXISTS courier_messages_status_created_at_idx;
