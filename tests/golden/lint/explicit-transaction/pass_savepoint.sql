-- +migrate Up
CREATE TABLE t (id int);
SAVEPOINT before_seed;
INSERT INTO t VALUES (1);
RELEASE SAVEPOINT before_seed;

-- +migrate Down
DROP TABLE t;
