CREATE DOMAIN old_price AS numeric(8,2);
CREATE TABLE offers (id int PRIMARY KEY, price old_price);
