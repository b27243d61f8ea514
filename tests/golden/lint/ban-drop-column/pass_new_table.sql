-- +migrate Up
CREATE TABLE t (a int, b int);
ALTER TABLE t DROP COLUMN b;

-- +migrate Down
DROP TABLE t;
