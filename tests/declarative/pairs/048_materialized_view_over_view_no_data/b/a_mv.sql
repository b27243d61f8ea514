CREATE MATERIALIZED VIEW sensor_stats AS
  SELECT sensor, avg(value) AS mean, min(value) AS lo, max(value) AS hi FROM recent_readings GROUP BY sensor
  WITH NO DATA;
CREATE INDEX sensor_stats_sensor_idx ON sensor_stats (sensor);
