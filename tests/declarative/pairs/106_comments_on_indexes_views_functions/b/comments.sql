COMMENT ON INDEX visits_at_idx IS 'Range scans for the dashboard';
COMMENT ON VIEW recent_visits IS 'Last 24 hours';
COMMENT ON COLUMN recent_visits.path IS 'Request path';
COMMENT ON FUNCTION visit_count(text) IS 'Visits of one path';
COMMENT ON PROCEDURE prune_visits() IS 'Nightly job';
COMMENT ON MATERIALIZED VIEW visit_paths IS 'Refreshed hourly';
COMMENT ON SEQUENCE visit_batches IS 'Import batch numbers';
