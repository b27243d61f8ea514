CREATE TABLE items (id int PRIMARY KEY, code varchar(10) NOT NULL);
