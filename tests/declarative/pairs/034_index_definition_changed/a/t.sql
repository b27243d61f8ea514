CREATE TABLE payments (
  id bigint PRIMARY KEY,
  account_id bigint NOT NULL,
  created_at timestamptz NOT NULL,
  state text NOT NULL
);
CREATE INDEX payments_account_idx ON payments (account_id);
CREATE UNIQUE INDEX payments_state_key ON payments (account_id, state) WHERE state = 'open';
