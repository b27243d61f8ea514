-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210307130558000000_courier_status_index.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210307130558000000_courier_status_index.postgres.down.sql
-- +migrate Up
CREATE INDEX "courier_messages_status_idx" ON "courier_messages" (status);

-- +migrate Down
DROP INDEX "courier_messages_status_idx";
