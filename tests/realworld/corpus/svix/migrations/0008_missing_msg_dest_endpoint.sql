-- svix/svix-webhooks@4fc0cfb8b426c87ef7e2b937e7d896a71d456a47
-- up: server/svix-server/migrations/20221206214656_missing_msg_dest_endpoint.up.sql
-- down: server/svix-server/migrations/20221206214656_missing_msg_dest_endpoint.down.sql
-- +migrate Up
-- Add up migration script here
CREATE INDEX ix_messagedestination_per_msg_no_status ON messagedestination USING btree (msg_id);

-- +migrate Down
-- Add down migration script here
DROP INDEX ix_messagedestination_per_msg_no_status;
