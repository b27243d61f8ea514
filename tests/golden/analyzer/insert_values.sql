-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
INSERT INTO parent (id, name) VALUES (1, 'one'), (2, NULL);
-- expected
-- conditional: DELETE removes the inserted rows by their values, assuming no identical row existed before
--   lock ROW EXCLUSIVE
-- class: conditional
DELETE FROM parent WHERE id = 1 AND name = 'one';
DELETE FROM parent WHERE id = 2 AND name IS NULL;
