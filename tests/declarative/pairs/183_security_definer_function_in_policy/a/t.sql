CREATE SCHEMA private;
CREATE TABLE private.admins (username text PRIMARY KEY);
CREATE TABLE reports (id int PRIMARY KEY, body text);
