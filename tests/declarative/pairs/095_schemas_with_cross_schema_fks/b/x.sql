CREATE SCHEMA auth;
CREATE SCHEMA billing;
CREATE TABLE auth.users (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), email text NOT NULL);
