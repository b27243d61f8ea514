CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);
CREATE VIEW user_logins AS SELECT id, email FROM users;
