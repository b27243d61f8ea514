CREATE EXTENSION IF NOT EXISTS citext;

-- +migrate Up
CREATE TABLE t (id int);

-- +migrate Down
DROP TABLE t;
