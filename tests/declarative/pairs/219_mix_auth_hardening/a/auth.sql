CREATE SCHEMA auth;
CREATE TABLE auth.users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL,
  password text,
  created timestamp DEFAULT now()
);
CREATE TABLE auth.sessions (
  token text PRIMARY KEY,
  user_id uuid REFERENCES auth.users (id),
  expires timestamp
);
