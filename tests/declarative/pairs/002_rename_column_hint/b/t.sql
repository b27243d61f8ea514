-- tidemark:renamed-from people
CREATE TABLE users (
  id int PRIMARY KEY,
  full_name text NOT NULL -- @renamed from=name
);
CREATE INDEX users_name_idx ON users (full_name);
