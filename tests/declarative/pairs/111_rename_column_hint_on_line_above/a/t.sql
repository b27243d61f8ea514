CREATE TABLE employees (id int PRIMARY KEY, fname text NOT NULL, lname text NOT NULL, dept text);
CREATE INDEX employees_lname_idx ON employees (lname);
