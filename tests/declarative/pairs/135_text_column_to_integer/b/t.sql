CREATE TABLE legacy_imports (id int PRIMARY KEY, row_count integer, batch bigint);
