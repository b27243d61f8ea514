-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE INDEX t_a_idx ON t (a);
-- up
ALTER INDEX t_a_idx RENAME TO t_a_index;
-- expected
-- reversible: renames it back
--   lock SHARE UPDATE EXCLUSIVE
-- class: reversible
ALTER INDEX t_a_index RENAME TO t_a_idx;
