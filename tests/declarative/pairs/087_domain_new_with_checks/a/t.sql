CREATE TABLE contacts (id int PRIMARY KEY, name text NOT NULL);
