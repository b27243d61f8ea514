CREATE TABLE defaults_demo (id int PRIMARY KEY);
