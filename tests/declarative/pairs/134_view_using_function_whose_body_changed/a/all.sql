CREATE FUNCTION tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 0.2 $$;
CREATE TABLE sales (id int PRIMARY KEY, amount numeric NOT NULL);
CREATE VIEW sales_with_tax AS SELECT id, amount, tax(amount) AS tax FROM sales;
