CREATE TABLE orders (id int PRIMARY KEY, shop_id bigint NOT NULL, note text);
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_shop ON orders USING (shop_id = current_setting('app.shop')::bigint);
