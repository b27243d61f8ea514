-- +migrate Up
-- +migrate StatementBegin
CREATE TABLE t (id int);
-- +migrate StatementEnd

-- +migrate Down
DROP TABLE t;
