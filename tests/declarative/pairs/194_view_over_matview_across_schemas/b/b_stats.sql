CREATE MATERIALIZED VIEW stats.region_orders AS SELECT region, sum(amount) AS total, count(*) AS n FROM public.orders GROUP BY region;
CREATE UNIQUE INDEX region_orders_region_key ON stats.region_orders (region);
COMMENT ON COLUMN stats.region_orders.n IS 'Number of orders';
