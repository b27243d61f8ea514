-- +migrate Up
CREATE TABLE a (id int);
CREATE TABLE b (id int);

-- +migrate Down
DROP TABLE b;
DROP TABLE a;
