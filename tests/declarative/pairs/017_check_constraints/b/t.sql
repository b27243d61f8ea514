CREATE TABLE products (
  id int PRIMARY KEY,
  price numeric(10,2) NOT NULL,
  discount numeric(10,2),
  sku text NOT NULL,
  stock int CHECK (stock >= 0),
  CONSTRAINT products_sku_format CHECK (sku ~ '^[A-Z]{3}-[0-9]+$'),
  CHECK (discount IS NULL OR discount <= price)
);
