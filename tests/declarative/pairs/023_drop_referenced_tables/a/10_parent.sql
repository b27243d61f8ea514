CREATE TABLE warehouses (id int PRIMARY KEY, name text);
CREATE TABLE bins (
  id int PRIMARY KEY,
  warehouse_id int NOT NULL REFERENCES warehouses (id),
  label text
);
