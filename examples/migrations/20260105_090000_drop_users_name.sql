-- The Down re-adds the column: its definition comes back, its data does not,
-- and PostgreSQL puts it last (verify reports the column order as a note).
-- +migrate Up
ALTER TABLE users DROP COLUMN name;

-- +migrate Down
ALTER TABLE users ADD COLUMN name text;
