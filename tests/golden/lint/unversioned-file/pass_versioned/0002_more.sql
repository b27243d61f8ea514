-- +migrate Up
CREATE TABLE u (id int);

-- +migrate Down
DROP TABLE u;
