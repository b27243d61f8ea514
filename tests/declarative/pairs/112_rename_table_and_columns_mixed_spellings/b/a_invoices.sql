-- @renamed from=inv
CREATE TABLE invoices (
  id int PRIMARY KEY,
  customer_id int NOT NULL REFERENCES customers (id), -- tidemark:renamed-from cust_id
  amount numeric(12,2) -- @renamed from=amt
);
