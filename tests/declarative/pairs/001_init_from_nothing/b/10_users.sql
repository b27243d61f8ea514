CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
COMMENT ON COLUMN users.email IS 'login';
