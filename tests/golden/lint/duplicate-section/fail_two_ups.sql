-- +migrate Up
CREATE TABLE a (id int);

-- +migrate Down
DROP TABLE a;

-- +migrate Up
CREATE TABLE b (id int);
