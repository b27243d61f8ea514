-- +migrate Up
CREATE TABLE t (a int);
ALTER TABLE t RENAME COLUMN a TO b;

-- +migrate Down
DROP TABLE t;
