CREATE TABLE contacts (id int PRIMARY KEY, phone text);
