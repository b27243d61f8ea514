CREATE TABLE profiles (
  id int PRIMARY KEY,
  display_name text NOT NULL,
  bio text,
  country char(2) DEFAULT 'US',
  birthday date NOT NULL
);
