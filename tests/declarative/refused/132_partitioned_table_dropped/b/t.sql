CREATE TABLE keepers (id int PRIMARY KEY);
