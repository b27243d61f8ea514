CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  total numeric(12,2) NOT NULL CHECK (total >= 0)
);
CREATE INDEX orders_user_idx ON orders (user_id);
