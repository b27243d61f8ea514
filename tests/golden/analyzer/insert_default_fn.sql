-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
INSERT INTO parent (id, name) VALUES (1, now()::text);
-- expected
-- irreversible: INSERT of computed values (functions, defaults): the rows cannot be identified; write a DELETE by hand
--   lock ROW EXCLUSIVE
-- class: irreversible
-- tidemark: INSERT of computed values (functions, defaults): the rows cannot be identified; write a DELETE by hand
