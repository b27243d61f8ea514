-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20231130094628000000_courier_message_channel.up.sql
-- down: persistence/sql/migrations/sql/20231130094628000000_courier_message_channel.down.sql
-- +migrate Up
ALTER TABLE
  courier_messages
ADD
  column channel VARCHAR(32) NULL;

-- +migrate Down
ALTER TABLE
  courier_messages DROP column channel;
