CREATE TABLE warehouses (id int PRIMARY KEY, code varchar(8) NOT NULL UNIQUE, city text);
CREATE TABLE items (
  id int PRIMARY KEY,
  sku varchar(20) NOT NULL,
  description text,
  weight_g int,
  discontinued boolean DEFAULT false
);
CREATE INDEX items_sku_idx ON items (sku);
CREATE TABLE stock_levels (
  warehouse_id int NOT NULL REFERENCES warehouses (id),
  item_id int NOT NULL REFERENCES items (id),
  qty int NOT NULL DEFAULT 0,
  PRIMARY KEY (warehouse_id, item_id)
);
CREATE VIEW stock_totals AS SELECT item_id, sum(qty) AS total FROM stock_levels GROUP BY item_id;
