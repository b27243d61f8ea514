-- +migrate Up
CREATE TABLE t (id int);

-- +migrate Down
-- the table goes
DROP TABLE t;
