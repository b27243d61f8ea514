-- +migrate Up
ALTER TABLE users VALIDATE CONSTRAINT users_email_check;

-- +migrate Down
SELECT 1;
