-- svix/svix-webhooks@4fc0cfb8b426c87ef7e2b937e7d896a71d456a47
-- up: server/svix-server/migrations/20220428190104_message_expiration.up.sql
-- down: server/svix-server/migrations/20220428190104_message_expiration.down.sql
-- +migrate Up
ALTER TABLE message ADD COLUMN expiration timestamp with time zone NOT NULL DEFAULT now() + INTERVAL '90 day';
ALTER TABLE message ALTER COLUMN payload DROP NOT NULL;
CREATE INDEX message_payload_not_null_pidx ON message (expiration) WHERE payload IS NOT NULL;

-- +migrate Down
ALTER TABLE message DROP COLUMN expiration;
ALTER TABLE message ALTER COLUMN payload SET NOT NULL;
DROP INDEX message_payload_not_null_pidx;
