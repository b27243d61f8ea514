CREATE TABLE employees (
  id int PRIMARY KEY,
  -- tidemark:renamed-from fname
  first_name text NOT NULL,
  -- @renamed from=lname
  last_name text NOT NULL,
  dept text
);
CREATE INDEX employees_lname_idx ON employees (last_name);
