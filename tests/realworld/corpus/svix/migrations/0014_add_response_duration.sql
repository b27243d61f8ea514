-- svix/svix-webhooks@4fc0cfb8b426c87ef7e2b937e7d896a71d456a47
-- up: server/svix-server/migrations/20240906000000_add_response_duration.up.sql
-- down: server/svix-server/migrations/20240906000000_add_response_duration.down.sql
-- +migrate Up
-- Add response_duration_ms column to messageattempt table
ALTER TABLE messageattempt ADD COLUMN response_duration_ms BIGINT NOT NULL DEFAULT 0;

-- +migrate Down
-- Remove response_duration_ms column from messageattempt table
ALTER TABLE messageattempt DROP COLUMN response_duration_ms;
