CREATE TABLE reservations (id int PRIMARY KEY, during daterange NOT NULL);
