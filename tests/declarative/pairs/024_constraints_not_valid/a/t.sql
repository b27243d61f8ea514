CREATE TABLE clients (id int PRIMARY KEY);
CREATE TABLE invoices (
  id int PRIMARY KEY,
  client_id int,
  amount numeric(12,2)
);
