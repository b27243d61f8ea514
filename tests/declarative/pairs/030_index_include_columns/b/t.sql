CREATE TABLE orders (
  id bigint PRIMARY KEY,
  customer_id bigint NOT NULL,
  status text NOT NULL,
  total numeric(12,2) NOT NULL,
  placed_at timestamptz NOT NULL
);
CREATE INDEX orders_customer_idx ON orders (customer_id) INCLUDE (status, total);
CREATE UNIQUE INDEX orders_id_cover_key ON orders (id) INCLUDE (placed_at);
