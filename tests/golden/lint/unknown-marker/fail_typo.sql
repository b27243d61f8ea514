-- +migrate Up
CREATE TABLE t (id int);

-- +migrate Dwon
DROP TABLE t;
