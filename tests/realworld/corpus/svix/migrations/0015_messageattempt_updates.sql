-- svix/svix-webhooks@4fc0cfb8b426c87ef7e2b937e7d896a71d456a47
-- up: server/svix-server/migrations/20250905195339_messageattempt_updates.up.sql
-- down: server/svix-server/migrations/20250905195339_messageattempt_updates.down.sql
-- +migrate Up
ALTER TABLE messageattempt DROP CONSTRAINT fk_messageattempt_msg_dest_id_messagedestination;
ALTER TABLE messageattempt ALTER COLUMN msg_dest_id DROP NOT NULL;

ALTER TABLE messageattempt ADD COLUMN IF NOT EXISTS attempt_number SMALLINT NOT NULL DEFAULT -1;

ALTER TABLE messageattempt ADD COLUMN IF NOT EXISTS next_attempt timestamptz NULL;

-- +migrate Down
ALTER TABLE messageattempt ADD CONSTRAINT fk_messageattempt_msg_dest_id_messagedestination FOREIGN KEY(msg_dest_id) REFERENCES messagedestination (id) ON DELETE CASCADE;
ALTER TABLE messageattempt ALTER COLUMN msg_dest_id SET NOT NULL;

ALTER TABLE messageattempt DROP COLUMN IF EXISTS attempt_number;

ALTER TABLE messageattempt DROP COLUMN IF EXISTS next_attempt;
