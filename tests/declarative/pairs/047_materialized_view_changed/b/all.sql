CREATE TABLE sales (id int PRIMARY KEY, region text NOT NULL, amount numeric(10,2) NOT NULL, sold_on date NOT NULL);
CREATE MATERIALIZED VIEW region_sales AS
  SELECT region, sum(amount) AS total, count(*) AS n, max(sold_on) AS last_sale
  FROM sales GROUP BY region;
CREATE UNIQUE INDEX region_sales_region_key ON region_sales (region);
CREATE INDEX region_sales_total_idx ON region_sales (total DESC);
