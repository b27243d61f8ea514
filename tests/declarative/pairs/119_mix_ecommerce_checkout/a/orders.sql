CREATE TYPE order_status AS ENUM ('cart', 'placed', 'shipped');
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  status order_status NOT NULL DEFAULT 'cart',
  total_cents int
);
CREATE TABLE order_items (
  order_id bigint NOT NULL REFERENCES orders (id),
  product_id bigint NOT NULL REFERENCES products (id),
  qty int NOT NULL
);
