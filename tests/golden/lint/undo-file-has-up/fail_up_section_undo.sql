-- +migrate Up
SELECT 1;

-- +migrate Down
DROP TABLE t;
