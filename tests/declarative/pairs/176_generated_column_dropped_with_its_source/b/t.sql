CREATE TABLE files (id int PRIMARY KEY, size_bytes bigint, name text);
