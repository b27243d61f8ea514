CREATE TABLE countries (id int PRIMARY KEY, iso2 char(2) NOT NULL);
CREATE TABLE cities (id int PRIMARY KEY, name text NOT NULL, country char(2) NOT NULL);
