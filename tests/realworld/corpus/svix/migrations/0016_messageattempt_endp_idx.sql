-- svix/svix-webhooks@4fc0cfb8b426c87ef7e2b937e7d896a71d456a47
-- up: server/svix-server/migrations/20250909214223_messageattempt_endp_idx.up.sql
-- down: server/svix-server/migrations/20250909214223_messageattempt_endp_idx.down.sql
-- +migrate Up
CREATE INDEX IF NOT EXISTS messageattempt_per_endp_unified ON messageattempt (endp_id, status, id DESC) INCLUDE (response_status_code);

-- +migrate Down
DROP INDEX IF EXISTS messageattempt_per_endp_unified;
