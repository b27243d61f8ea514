CREATE TABLE warehouses (id int PRIMARY KEY, code varchar(12) NOT NULL UNIQUE, city text NOT NULL DEFAULT 'unknown', active boolean NOT NULL DEFAULT true);
CREATE TABLE items (
  id int PRIMARY KEY,
  sku varchar(32) NOT NULL,
  description text,
  weight grams,
  discontinued_at timestamptz
);
CREATE UNIQUE INDEX items_sku_idx ON items (upper(sku));
CREATE INDEX items_live_idx ON items (id) WHERE discontinued_at IS NULL;
CREATE TABLE stock_levels (
  warehouse_id int NOT NULL REFERENCES warehouses (id) ON DELETE CASCADE,
  item_id int NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  qty int NOT NULL DEFAULT 0 CHECK (qty >= 0),
  reserved int NOT NULL DEFAULT 0,
  PRIMARY KEY (warehouse_id, item_id),
  CONSTRAINT stock_levels_reserved_check CHECK (reserved <= qty)
);
