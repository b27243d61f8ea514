-- +migrate Up
SET lock_timeout = '5s';
TRUNCATE customers;

-- +migrate Down irreversible
