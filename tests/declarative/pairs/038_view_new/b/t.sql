CREATE TABLE employees (
  id int PRIMARY KEY,
  name text NOT NULL,
  department text,
  salary numeric(10,2),
  active boolean NOT NULL DEFAULT true
);
