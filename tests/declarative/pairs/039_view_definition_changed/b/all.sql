CREATE TABLE orders (id int PRIMARY KEY, status text NOT NULL, total numeric(10,2), created_at timestamptz);
CREATE VIEW open_orders AS
  SELECT id, total, created_at FROM orders WHERE status IN ('open', 'pending') ORDER BY created_at;
