-- tidemark:renamed-from people
CREATE TABLE members (
  id int PRIMARY KEY,
  -- tidemark:renamed-from name
  full_name text NOT NULL,
  joined_at date
);
