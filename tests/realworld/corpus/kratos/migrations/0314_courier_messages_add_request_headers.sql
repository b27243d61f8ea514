-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20251215000000000000_courier_messages_add_request_headers.up.sql
-- down: persistence/sql/migrations/sql/20251215000000000000_courier_messages_add_request_headers.down.sql
-- +migrate Up
ALTER TABLE courier_messages
    ADD COLUMN IF NOT EXISTS request_headers JSONB;

-- +migrate Down
ALTER TABLE courier_messages DROP COLUMN IF EXISTS request_headers;
