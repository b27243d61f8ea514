CREATE TABLE orders (id int PRIMARY KEY, shop_id int NOT NULL, note varchar(50));
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_shop ON orders USING (shop_id = current_setting('app.shop')::int);
