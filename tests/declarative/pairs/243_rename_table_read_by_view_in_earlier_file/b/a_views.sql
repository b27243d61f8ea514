CREATE VIEW customer_names AS SELECT name FROM customers;
