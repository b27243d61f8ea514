-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE users
  -- tidemark-ignore ban-drop-column -- nothing reads it since v2
  DROP COLUMN fax;

-- +migrate Down irreversible
