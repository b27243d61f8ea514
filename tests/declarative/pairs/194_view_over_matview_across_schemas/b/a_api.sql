CREATE VIEW api.region_totals AS SELECT region, total FROM stats.region_orders ORDER BY total DESC;
COMMENT ON VIEW api.region_totals IS 'Public API view';
