CREATE TABLE profiles (
  id int PRIMARY KEY,
  display_name text,
  bio text NOT NULL,
  country char(2) NOT NULL DEFAULT 'US',
  birthday date
);
