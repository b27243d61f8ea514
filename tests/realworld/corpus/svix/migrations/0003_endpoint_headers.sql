-- svix/svix-webhooks@4fc0cfb8b426c87ef7e2b937e7d896a71d456a47
-- up: server/svix-server/migrations/20220218061228_endpoint_headers.up.sql
-- down: server/svix-server/migrations/20220218061228_endpoint_headers.down.sql
-- +migrate Up
ALTER TABLE endpoint ADD COLUMN headers jsonb;

-- +migrate Down
ALTER TABLE endpoint DROP COLUMN headers;
