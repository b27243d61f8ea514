CREATE SCHEMA stats;
CREATE SCHEMA api;
CREATE TABLE orders (id int PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
