CREATE DOMAIN price AS numeric(10,2) CHECK (VALUE >= 0);
CREATE TABLE offers (id int PRIMARY KEY, price price);
