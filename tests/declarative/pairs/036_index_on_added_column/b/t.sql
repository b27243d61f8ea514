CREATE TABLE subscriptions (
  id bigint PRIMARY KEY,
  user_id bigint NOT NULL,
  plan text NOT NULL DEFAULT 'free',
  renews_at date,
  canceled_at timestamptz
);
