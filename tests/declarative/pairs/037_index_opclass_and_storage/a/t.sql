CREATE TABLE paths (
  id int PRIMARY KEY,
  path text NOT NULL,
  name varchar(100)
);
