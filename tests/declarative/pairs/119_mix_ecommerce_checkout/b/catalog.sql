CREATE TABLE products (
  id bigint PRIMARY KEY,
  sku text NOT NULL UNIQUE,
  price_cents bigint NOT NULL CHECK (price_cents >= 0),
  stock int NOT NULL DEFAULT 0 CHECK (stock >= 0),
  archived_at timestamptz
);
CREATE INDEX products_live_idx ON products (sku) WHERE archived_at IS NULL;
