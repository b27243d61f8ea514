-- +migrate Up
CREATE TABLE orders (id int);

-- +migrate Down
DROP TABLE orders;
