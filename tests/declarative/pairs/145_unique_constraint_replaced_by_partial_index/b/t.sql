CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL, deleted_at timestamptz);
CREATE UNIQUE INDEX users_email_key ON users (email) WHERE deleted_at IS NULL;
