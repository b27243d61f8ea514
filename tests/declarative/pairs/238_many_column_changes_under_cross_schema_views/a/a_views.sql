CREATE VIEW reports.customer_overview AS SELECT id, name, credit_limit, region FROM public.customers;
CREATE MATERIALIZED VIEW reports.region_credit AS SELECT region, sum(credit_limit) AS total FROM public.customers GROUP BY region;
CREATE INDEX region_credit_region_idx ON reports.region_credit (region);
