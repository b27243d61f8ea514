CREATE TABLE order_lines (
  id int PRIMARY KEY,
  qty int NOT NULL,
  unit_price numeric(10,2) NOT NULL,
  tax_rate numeric(4,3) NOT NULL DEFAULT 0.2,
  net numeric GENERATED ALWAYS AS (qty * unit_price) STORED
);
CREATE TABLE people (
  id int PRIMARY KEY,
  first_name text NOT NULL,
  last_name text NOT NULL,
  full_name text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED
);
CREATE INDEX people_full_name_idx ON people (full_name);
