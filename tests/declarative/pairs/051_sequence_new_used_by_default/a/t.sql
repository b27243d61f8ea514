CREATE TABLE invoices (id int PRIMARY KEY, number text);
