-- +migrate Up
DELETE FROM sessions WHERE expires_at < now();

-- +migrate Down irreversible
-- expired sessions are gone for good
