CREATE TABLE metrics (id int PRIMARY KEY, name varchar(100) NOT NULL, value double precision);
COMMENT ON COLUMN metrics.name IS 'Metric name';
CREATE VIEW metric_names AS SELECT DISTINCT name FROM metrics;
COMMENT ON VIEW metric_names IS 'Distinct metric names';
COMMENT ON COLUMN metric_names.name IS 'The name';
