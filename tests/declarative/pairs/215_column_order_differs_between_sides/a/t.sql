CREATE TABLE addresses (id int PRIMARY KEY, line1 text, city text);
