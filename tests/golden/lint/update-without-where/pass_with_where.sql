-- +migrate Up
UPDATE users SET active = true WHERE last_login > now() - interval '30 days';

-- +migrate Down irreversible
