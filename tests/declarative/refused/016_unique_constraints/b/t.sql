CREATE TABLE customers (
  id int PRIMARY KEY,
  email text UNIQUE,
  tenant_id int NOT NULL,
  external_ref text,
  phone text,
  CONSTRAINT customers_tenant_email_key UNIQUE (tenant_id, email),
  CONSTRAINT customers_phone_key UNIQUE NULLS NOT DISTINCT (phone)
);
