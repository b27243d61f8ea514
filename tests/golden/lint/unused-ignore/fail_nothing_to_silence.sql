-- +migrate Up
-- tidemark-ignore ban-drop-table
CREATE TABLE t (id int);

-- +migrate Down
DROP TABLE t;
