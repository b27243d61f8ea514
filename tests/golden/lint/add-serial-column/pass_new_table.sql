-- +migrate Up
CREATE TABLE t (id bigserial PRIMARY KEY);

-- +migrate Down
DROP TABLE t;
