CREATE TABLE devices (id int PRIMARY KEY, name text);
