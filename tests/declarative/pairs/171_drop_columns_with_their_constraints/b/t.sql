CREATE TABLE regions (country char(2) NOT NULL, code text NOT NULL, PRIMARY KEY (country, code));
CREATE TABLE sites (
  id int PRIMARY KEY,
  country char(2)
);
