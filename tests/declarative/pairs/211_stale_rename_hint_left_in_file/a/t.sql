CREATE TABLE members (id int PRIMARY KEY, full_name text NOT NULL);
