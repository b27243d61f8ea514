-- +migrate Up
SET lock_timeout = '5s';
TRUNCATE customers CASCADE;

-- +migrate Down irreversible
