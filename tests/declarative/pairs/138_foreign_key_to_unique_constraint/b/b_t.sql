CREATE TABLE countries (id int PRIMARY KEY, iso2 char(2) NOT NULL);
CREATE TABLE cities (id int PRIMARY KEY, name text NOT NULL, country char(2) NOT NULL);
ALTER TABLE countries ADD CONSTRAINT countries_iso2_key UNIQUE (iso2);
