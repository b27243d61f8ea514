-- tidemark-ignore-file require-lock-timeout, ban-drop-column
-- +migrate Up
ALTER TABLE users DROP COLUMN fax;

-- +migrate Down irreversible
