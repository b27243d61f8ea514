-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN region text DEFAULT app.default_region();

-- +migrate Down
ALTER TABLE users DROP COLUMN region;
