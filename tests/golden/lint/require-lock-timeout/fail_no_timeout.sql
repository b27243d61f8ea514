-- +migrate Up
ALTER TABLE users ADD COLUMN phone text;
ALTER TABLE users ADD COLUMN fax text;

-- +migrate Down
ALTER TABLE users DROP COLUMN fax;
ALTER TABLE users DROP COLUMN phone;
