-- +migrate Up
SELECT set_config('lock_timeout', '2s', true);
ALTER TABLE users ADD COLUMN phone text;

-- +migrate Down
ALTER TABLE users DROP COLUMN phone;
