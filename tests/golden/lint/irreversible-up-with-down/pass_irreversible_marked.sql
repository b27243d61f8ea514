-- +migrate Up
UPDATE users SET plan = 'pro' WHERE plan = 'premium';

-- +migrate Down irreversible
