-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20220802103909000000_courier_send_count.up.sql
-- down: persistence/sql/migrations/sql/20220802103909000000_courier_send_count.down.sql
-- +migrate Up
ALTER TABLE courier_messages
ADD send_count INT NOT NULL DEFAULT 0;

-- +migrate Down
ALTER TABLE courier_messages DROP COLUMN send_count;
