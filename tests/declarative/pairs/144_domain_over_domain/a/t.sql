CREATE TABLE listings (id int PRIMARY KEY, price numeric(10,2));
