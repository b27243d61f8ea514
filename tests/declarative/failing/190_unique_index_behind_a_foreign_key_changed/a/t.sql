CREATE TABLE countries (id int PRIMARY KEY, iso2 char(2) NOT NULL, name text);
CREATE UNIQUE INDEX countries_iso2_idx ON countries (iso2);
CREATE TABLE cities (id int PRIMARY KEY, country char(2) REFERENCES countries (iso2));
