CREATE TYPE order_status AS ENUM ('cart', 'placed', 'shipped');
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  status order_status NOT NULL DEFAULT 'cart',
  total_cents bigint NOT NULL DEFAULT 0,
  placed_at timestamptz,
  CONSTRAINT orders_placed_check CHECK (status = 'cart' OR placed_at IS NOT NULL)
);
CREATE TABLE order_items (
  order_id bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  product_id bigint NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
  qty int NOT NULL CHECK (qty > 0),
  unit_price_cents bigint NOT NULL,
  line_total_cents bigint GENERATED ALWAYS AS (qty * unit_price_cents) STORED,
  PRIMARY KEY (order_id, product_id)
);
CREATE FUNCTION recompute_total() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE orders SET total_cents = (
    SELECT coalesce(sum(line_total_cents), 0) FROM order_items WHERE order_id = NEW.order_id)
  WHERE id = NEW.order_id;
  RETURN NULL;
END;
$$;
CREATE TRIGGER order_items_total AFTER INSERT OR UPDATE ON order_items
  FOR EACH ROW EXECUTE FUNCTION recompute_total();
CREATE VIEW order_summaries AS
  SELECT o.id, o.status, count(i.product_id) AS lines, o.total_cents
  FROM orders o LEFT JOIN order_items i ON i.order_id = o.id GROUP BY o.id;
