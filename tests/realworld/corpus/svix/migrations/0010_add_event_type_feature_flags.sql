-- svix/svix-webhooks@4fc0cfb8b426c87ef7e2b937e7d896a71d456a47
-- up: server/svix-server/migrations/20230116095641_add_event_type_feature_flags.up.sql
-- down: server/svix-server/migrations/20230116095641_add_event_type_feature_flags.down.sql
-- +migrate Up
-- Add up migration script here
ALTER TABLE ONLY eventtype ADD COLUMN feature_flag text;

-- +migrate Down
-- Add down migration script here
ALTER TABLE ONLY eventtype DROP COLUMN feature_flag;
