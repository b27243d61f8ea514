CREATE TABLE addresses (id int PRIMARY KEY, city text, zip text, country text);
