-- +migrate Up
BEGIN;
CREATE TABLE t (id int);
COMMIT;

-- +migrate Down
DROP TABLE t;
