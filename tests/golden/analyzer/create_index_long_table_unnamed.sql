-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE TABLE a_very_long_table_name_that_goes_on_and_on_and_on_forever_x (some_rather_long_column_name int);
-- up
CREATE INDEX ON a_very_long_table_name_that_goes_on_and_on_and_on_forever_x (some_rather_long_column_name);
-- expected
-- conditional: the index is unnamed: DROP INDEX uses PostgreSQL's default name a_very_long_table_name_that_go_some_rather_long_column_name_idx
--   lock SHARE, scans
-- class: conditional
DROP INDEX a_very_long_table_name_that_go_some_rather_long_column_name_idx;
