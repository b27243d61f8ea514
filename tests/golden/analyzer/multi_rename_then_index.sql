-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t RENAME TO items;
CREATE INDEX ON items (a);
-- expected
-- reversible: renames the table back
--   lock ACCESS EXCLUSIVE
-- conditional: the index is unnamed: DROP INDEX uses PostgreSQL's default name items_a_idx
--   lock SHARE, scans
-- class: conditional
DROP INDEX items_a_idx;
ALTER TABLE items RENAME TO t;
