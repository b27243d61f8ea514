CREATE TABLE sessions (
  token text NOT NULL,
  user_id bigint NOT NULL,
  expires_at timestamptz NOT NULL
);
