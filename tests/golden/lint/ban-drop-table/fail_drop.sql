-- +migrate Up
SET lock_timeout = '5s';
DROP TABLE users;

-- +migrate Down
CREATE TABLE users (id bigint PRIMARY KEY);
