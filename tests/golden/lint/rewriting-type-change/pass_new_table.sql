-- +migrate Up
CREATE TABLE counters (n integer);
ALTER TABLE counters ALTER COLUMN n TYPE bigint;

-- +migrate Down
DROP TABLE counters;
