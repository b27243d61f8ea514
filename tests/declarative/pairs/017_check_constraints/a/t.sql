CREATE TABLE products (
  id int PRIMARY KEY,
  price numeric(10,2) NOT NULL CHECK (price >= 0),
  discount numeric(10,2),
  sku text NOT NULL,
  stock int,
  CONSTRAINT products_sku_format CHECK (sku ~ '^[A-Z]{3}')
);
