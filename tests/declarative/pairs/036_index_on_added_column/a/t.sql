CREATE TABLE subscriptions (
  id bigint PRIMARY KEY,
  user_id bigint NOT NULL
);
