CREATE TABLE clients (id int PRIMARY KEY);
CREATE TABLE invoices (
  id int PRIMARY KEY,
  client_id int,
  amount numeric(12,2)
);
ALTER TABLE invoices ADD CONSTRAINT invoices_client_fkey FOREIGN KEY (client_id) REFERENCES clients (id) NOT VALID;
ALTER TABLE invoices ADD CONSTRAINT invoices_amount_positive CHECK (amount > 0) NOT VALID;
