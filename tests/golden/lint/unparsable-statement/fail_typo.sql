-- +migrate Up
CREATE TABEL t (id int);

-- +migrate Down
DROP TABLE t;
