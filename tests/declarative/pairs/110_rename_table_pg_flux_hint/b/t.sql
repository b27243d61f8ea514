-- The order book.
-- @renamed from=tmp_orders
CREATE TABLE orders (id int PRIMARY KEY, total numeric(10,2) NOT NULL, note text, placed_at timestamptz);
