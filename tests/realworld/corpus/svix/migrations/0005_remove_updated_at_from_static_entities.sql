-- svix/svix-webhooks@4fc0cfb8b426c87ef7e2b937e7d896a71d456a47
-- up: server/svix-server/migrations/20220506181355_remove_updated_at_from_static_entities.up.sql
-- down: server/svix-server/migrations/20220506181355_remove_updated_at_from_static_entities.down.sql
-- +migrate Up
ALTER TABLE message DROP COLUMN updated_at;
ALTER TABLE messageattempt DROP COLUMN updated_at;

-- +migrate Down
-- rollback makes updated_at inaccurate but preserves SeaORM type integrity
ALTER TABLE message ADD COLUMN updated_at timestamp with time zone NOT NULL DEFAULT now();
ALTER TABLE messageattempt ADD COLUMN updated_at timestamp with time zone NOT NULL DEFAULT now();
