CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL, legacy_login text);
CREATE INDEX users_legacy_login_idx ON users (legacy_login);
CREATE VIEW user_logins AS SELECT id, email, legacy_login FROM users;
