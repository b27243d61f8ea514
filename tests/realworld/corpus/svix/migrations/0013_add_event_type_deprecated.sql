-- svix/svix-webhooks@4fc0cfb8b426c87ef7e2b937e7d896a71d456a47
-- up: server/svix-server/migrations/20240806212329_add_event_type_deprecated.up.sql
-- down: server/svix-server/migrations/20240806212329_add_event_type_deprecated.down.sql
-- +migrate Up
ALTER TABLE eventtype ADD COLUMN deprecated BOOLEAN DEFAULT FALSE NOT NULL;

-- +migrate Down
ALTER TABLE eventtype DROP COLUMN deprecated;
