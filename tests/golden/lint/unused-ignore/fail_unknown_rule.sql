-- +migrate Up
SET lock_timeout = '5s';
-- tidemark-ignore ban-drop-tabel
DROP TABLE legacy;

-- +migrate Down irreversible
