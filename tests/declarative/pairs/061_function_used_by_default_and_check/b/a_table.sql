CREATE TABLE coupons (
  code text PRIMARY KEY DEFAULT new_coupon_code(),
  pct int NOT NULL CHECK (valid_pct(pct))
);
