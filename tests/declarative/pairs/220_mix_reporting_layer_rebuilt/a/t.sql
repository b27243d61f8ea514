CREATE TABLE sales (id int PRIMARY KEY, region varchar(20) NOT NULL, rep text, amount numeric(10,2) NOT NULL, sold_at date NOT NULL);
CREATE VIEW sales_by_region AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
CREATE VIEW top_regions AS SELECT region FROM sales_by_region ORDER BY total DESC LIMIT 5;
CREATE MATERIALIZED VIEW rep_totals AS SELECT rep, sum(amount) AS total FROM sales GROUP BY rep;
CREATE INDEX rep_totals_total_idx ON rep_totals (total);
COMMENT ON VIEW top_regions IS 'Top five';
