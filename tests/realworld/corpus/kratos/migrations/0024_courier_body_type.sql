-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20191100000011000000_courier_body_type.postgres.up.sql
-- down: persistence/sql/migrations/sql/20191100000011000000_courier_body_type.postgres.down.sql
-- +migrate Up
ALTER TABLE "courier_messages" ALTER COLUMN "body" TYPE text, ALTER COLUMN "body" SET NOT NULL;
