CREATE TABLE orders (id int PRIMARY KEY, status text NOT NULL, total numeric(10,2), created_at timestamptz);
CREATE VIEW open_orders AS SELECT id, total FROM orders WHERE status = 'open';
