CREATE TABLE order_lines (
  id int PRIMARY KEY,
  qty int NOT NULL,
  unit_price numeric(10,2) NOT NULL,
  tax_rate numeric(4,3) NOT NULL DEFAULT 0.2,
  gross numeric GENERATED ALWAYS AS (qty * unit_price * (1 + tax_rate)) STORED
);
