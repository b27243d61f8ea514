CREATE TABLE places (id int PRIMARY KEY, name text NOT NULL, city text);
CREATE INDEX places_name_idx ON places (name);
