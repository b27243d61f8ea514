-- +migrate Up
CREATE TABLE t (a int);
CREATE INDEX t_a_idx ON t (a);
DROP INDEX t_a_idx;

-- +migrate Down
DROP TABLE t;
