CREATE TABLE users (
  id int PRIMARY KEY,
  email text NOT NULL,
  first_name text,
  last_name text,
  meta jsonb
);
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));
CREATE INDEX users_name_idx ON users ((coalesce(first_name, '') || ' ' || coalesce(last_name, '')));
CREATE INDEX users_meta_plan_idx ON users ((meta ->> 'plan'));
