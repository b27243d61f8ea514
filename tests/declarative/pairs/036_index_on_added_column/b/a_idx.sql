CREATE INDEX subscriptions_plan_idx ON subscriptions (plan, renews_at);
CREATE UNIQUE INDEX subscriptions_user_active_key ON subscriptions (user_id) WHERE canceled_at IS NULL;
