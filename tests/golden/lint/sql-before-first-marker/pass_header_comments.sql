-- Adds the t table.
-- tidemark-baseline-hash: sha256:00

-- +migrate Up
CREATE TABLE t (id int);

-- +migrate Down
DROP TABLE t;
