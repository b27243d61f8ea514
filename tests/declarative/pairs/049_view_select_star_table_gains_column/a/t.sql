CREATE TABLE contacts (id int PRIMARY KEY, name text NOT NULL);
CREATE VIEW contact_list AS SELECT * FROM contacts;
