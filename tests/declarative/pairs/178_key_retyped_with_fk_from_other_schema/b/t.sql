CREATE SCHEMA inv;
CREATE TABLE products (id bigint PRIMARY KEY, name text);
CREATE TABLE inv.stock (product_id bigint NOT NULL REFERENCES products (id) ON DELETE CASCADE, qty int NOT NULL, PRIMARY KEY (product_id));
