CREATE TABLE invoices (
  id int PRIMARY KEY,
  number text,
  seq_no bigint NOT NULL DEFAULT nextval('invoice_numbers')
);
