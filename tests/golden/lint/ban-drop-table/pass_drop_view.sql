-- +migrate Up
SET lock_timeout = '5s';
DROP VIEW active_users;

-- +migrate Down
CREATE VIEW active_users AS SELECT id FROM users WHERE active;
