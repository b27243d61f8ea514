CREATE TABLE users (
  id int PRIMARY KEY,
  email text NOT NULL,
  first_name text,
  last_name text,
  meta jsonb
);
