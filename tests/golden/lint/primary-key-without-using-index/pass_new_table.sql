-- +migrate Up
CREATE TABLE t (id int);
ALTER TABLE t ADD PRIMARY KEY (id);

-- +migrate Down
DROP TABLE t;
