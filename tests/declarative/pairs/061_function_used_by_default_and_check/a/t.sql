CREATE TABLE coupons (code text PRIMARY KEY, pct int NOT NULL);
