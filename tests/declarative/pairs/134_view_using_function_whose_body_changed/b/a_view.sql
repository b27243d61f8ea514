CREATE VIEW sales_with_tax AS SELECT id, amount, tax(amount) AS tax, amount + tax(amount) AS gross FROM sales;
