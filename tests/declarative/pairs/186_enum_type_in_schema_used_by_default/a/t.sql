CREATE SCHEMA hr;
CREATE TABLE hr.staff (id int PRIMARY KEY, name text NOT NULL);
