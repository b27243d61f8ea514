-- +migrate Up
SET lock_timeout = '5s';
DROP TABLE IF EXISTS audit_log, sessions CASCADE;

-- +migrate Down irreversible
