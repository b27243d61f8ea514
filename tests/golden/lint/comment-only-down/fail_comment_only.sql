-- +migrate Up
CREATE TABLE t (id int);

-- +migrate Down
-- DROP TABLE t;
