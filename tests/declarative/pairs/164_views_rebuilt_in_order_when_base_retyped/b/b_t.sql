CREATE TABLE items (id int PRIMARY KEY, code varchar(32) NOT NULL);
