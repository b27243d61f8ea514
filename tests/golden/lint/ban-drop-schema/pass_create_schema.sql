-- +migrate Up
CREATE SCHEMA reporting;

-- +migrate Down
DROP SCHEMA reporting;
