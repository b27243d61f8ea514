CREATE TABLE widgets (
  name text NOT NULL
);
CREATE TABLE gadgets (
  id serial PRIMARY KEY,
  legacy_no bigserial,
  name text
);
