-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210307130559000000_courier_message_template.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210307130559000000_courier_message_template.postgres.down.sql
-- +migrate Up
ALTER TABLE "courier_messages" ADD COLUMN "template_type" VARCHAR (255) NOT NULL DEFAULT '';

-- +migrate Down
ALTER TABLE "courier_messages" DROP COLUMN "template_data";
