-- +migrate Up
CREATE TABLE staging (id int);
INSERT INTO staging VALUES (1);
TRUNCATE staging;

-- +migrate Down
DROP TABLE staging;
