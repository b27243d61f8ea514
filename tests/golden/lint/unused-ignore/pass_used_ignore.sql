-- +migrate Up
SET lock_timeout = '5s';
-- tidemark-ignore ban-drop-table: archived to S3 in OPS-42
DROP TABLE legacy;

-- +migrate Down irreversible
