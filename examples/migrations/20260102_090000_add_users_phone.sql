-- Separate format: the Down SQL lives in 20260102_090000_add_users_phone_undo.sql.
ALTER TABLE users ADD COLUMN phone text;
COMMENT ON COLUMN users.phone IS 'E.164, e.g. +4722334455';
