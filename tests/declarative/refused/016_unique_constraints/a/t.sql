CREATE TABLE customers (
  id int PRIMARY KEY,
  email text,
  tenant_id int NOT NULL,
  external_ref text UNIQUE,
  phone text
);
