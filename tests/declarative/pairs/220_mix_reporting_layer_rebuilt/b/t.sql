CREATE TABLE sales (id int PRIMARY KEY, region varchar(40) NOT NULL, rep text, amount numeric(12,2) NOT NULL, sold_at date NOT NULL, channel text NOT NULL DEFAULT 'direct');
CREATE VIEW sales_by_region AS SELECT region, sum(amount) AS total, count(*) AS n FROM sales GROUP BY region;
CREATE VIEW top_regions AS SELECT region FROM sales_by_region ORDER BY total DESC LIMIT 10;
CREATE MATERIALIZED VIEW rep_totals AS SELECT rep, sum(amount) AS total FROM sales GROUP BY rep;
CREATE INDEX rep_totals_total_idx ON rep_totals (total);
CREATE VIEW channel_mix AS SELECT channel, sum(amount) AS total FROM sales GROUP BY channel;
COMMENT ON VIEW top_regions IS 'Top ten';
COMMENT ON MATERIALIZED VIEW rep_totals IS 'Per rep';
