CREATE TABLE invoices (id bigint PRIMARY KEY);
CREATE TABLE credit_notes (id bigint PRIMARY KEY);
