CREATE TABLE orders (id int PRIMARY KEY, customer text NOT NULL, amount numeric(8,2) NOT NULL);
CREATE MATERIALIZED VIEW customer_totals AS SELECT customer, sum(amount) AS total FROM orders GROUP BY customer;
CREATE UNIQUE INDEX customer_totals_key ON customer_totals (customer);
COMMENT ON MATERIALIZED VIEW customer_totals IS 'Per customer';
