CREATE TABLE parents (id int PRIMARY KEY);
CREATE TABLE kids (
  id int PRIMARY KEY,
  age int
);
