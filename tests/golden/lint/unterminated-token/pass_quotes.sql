-- +migrate Up
INSERT INTO settings VALUES ('theme', 'it''s dark');

-- +migrate Down
DELETE FROM settings WHERE key = 'theme';
