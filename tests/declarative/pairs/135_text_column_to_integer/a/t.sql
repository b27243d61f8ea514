CREATE TABLE legacy_imports (id int PRIMARY KEY, row_count text, batch varchar(10));
