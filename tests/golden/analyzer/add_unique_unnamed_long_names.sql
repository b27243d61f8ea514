-- history
CREATE TABLE a_rather_long_table_name_for_testing_truncation (a_rather_long_column_name_too int);
-- up
ALTER TABLE a_rather_long_table_name_for_testing_truncation ADD UNIQUE (a_rather_long_column_name_too);
-- expected
-- conditional: the constraint is unnamed: DROP CONSTRAINT uses PostgreSQL's default name a_rather_long_table_name_for__a_rather_long_column_name_too_key
--   lock ACCESS EXCLUSIVE, scans
-- class: conditional
ALTER TABLE a_rather_long_table_name_for_testing_truncation DROP CONSTRAINT a_rather_long_table_name_for__a_rather_long_column_name_too_key;
