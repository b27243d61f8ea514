CREATE TABLE contacts (id int PRIMARY KEY, name text NOT NULL, phone text);
CREATE VIEW contact_list AS SELECT * FROM contacts;
