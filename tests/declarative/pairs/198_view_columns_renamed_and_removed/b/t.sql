CREATE TABLE people (id int PRIMARY KEY, name text, email text, phone text);
CREATE VIEW people_public AS SELECT id, name AS display_name, email FROM people;
CREATE VIEW people_emails AS SELECT id, email FROM people_public;
