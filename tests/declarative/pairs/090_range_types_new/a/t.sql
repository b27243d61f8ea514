CREATE TABLE shifts (id int PRIMARY KEY, worker text NOT NULL);
