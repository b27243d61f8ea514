CREATE TABLE places (id int PRIMARY KEY, name text NOT NULL, city text);
