-- +migrate Up
UPDATE orders SET status = 'new' WHERE status IS NULL;
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';

-- Data changes cannot be undone; say so instead of leaving the Down empty.
-- +migrate Down irreversible
