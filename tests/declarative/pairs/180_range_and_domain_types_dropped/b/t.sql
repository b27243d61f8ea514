CREATE TABLE reviews (id int PRIMARY KEY);
