-- +migrate Up
UPDATE users SET plan = 'pro' WHERE plan = 'premium';

-- +migrate Down
UPDATE users SET plan = 'premium' WHERE plan = 'pro';
