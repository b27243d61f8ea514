-- +migrate Up
DROP SCHEMA reporting;

-- +migrate Down
CREATE SCHEMA reporting;
