CREATE TABLE regions (country char(2) NOT NULL, code text NOT NULL, PRIMARY KEY (country, code));
CREATE TABLE sites (
  id int PRIMARY KEY,
  country char(2),
  region_code text,
  capacity int CHECK (capacity > 0),
  FOREIGN KEY (country, region_code) REFERENCES regions (country, code),
  UNIQUE (country, region_code, id)
);
