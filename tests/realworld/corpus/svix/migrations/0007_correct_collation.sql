-- svix/svix-webhooks@4fc0cfb8b426c87ef7e2b937e7d896a71d456a47
-- up: server/svix-server/migrations/20221129215059_correct_collation.up.sql
-- down: server/svix-server/migrations/20221129215059_correct_collation.down.sql
-- +migrate Up
ALTER TABLE eventtype ALTER name TYPE VARCHAR COLLATE "C";
ALTER TABLE message ALTER event_type TYPE VARCHAR COLLATE "C";
ALTER TABLE message ALTER uid TYPE VARCHAR COLLATE "C";

-- +migrate Down
ALTER TABLE eventtype ALTER name TYPE VARCHAR;
ALTER TABLE message ALTER event_type TYPE VARCHAR;
ALTER TABLE message ALTER uid TYPE VARCHAR;
