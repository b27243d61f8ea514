-- +migrate Up
INSERT INTO settings VALUES ('theme', 'dark);

-- +migrate Down
DELETE FROM settings WHERE key = 'theme';
