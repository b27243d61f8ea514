CREATE SCHEMA reports;
CREATE TABLE customers (
  id int PRIMARY KEY,
  name varchar(120) NOT NULL,
  credit_limit numeric(12,2) NOT NULL DEFAULT 0,
  region varchar(3),
  notes text COLLATE "C",
  email text
);
