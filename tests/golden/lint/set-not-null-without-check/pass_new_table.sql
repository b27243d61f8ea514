-- +migrate Up
CREATE TABLE t (a int);
ALTER TABLE t ALTER COLUMN a SET NOT NULL;

-- +migrate Down
DROP TABLE t;
