CREATE TABLE availability (id int PRIMARY KEY, person text NOT NULL);
