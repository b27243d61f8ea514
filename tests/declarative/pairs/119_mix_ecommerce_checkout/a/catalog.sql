CREATE TABLE products (
  id bigint PRIMARY KEY,
  sku text NOT NULL UNIQUE,
  price_cents int NOT NULL,
  stock int NOT NULL DEFAULT 0
);
