CREATE SCHEMA catalog;
CREATE TABLE catalog.items (id int PRIMARY KEY, name text NOT NULL);
