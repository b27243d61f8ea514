CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL, deleted_at timestamptz, CONSTRAINT users_email_key UNIQUE (email));
