COMMENT ON SCHEMA reporting IS 'Read-only reporting objects';
COMMENT ON TYPE reporting.period IS 'Aggregation period';
COMMENT ON DOMAIN reporting.ratio IS 'A fraction between 0 and 1';
COMMENT ON TYPE reporting.span IS 'Inclusive day span';
COMMENT ON CONSTRAINT kpis_period_key ON reporting.kpis IS 'One row per period and id';
COMMENT ON CONSTRAINT kpis_pkey ON reporting.kpis IS 'Surrogate key';
