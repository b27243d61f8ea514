CREATE TABLE metrics (
  device_id int NOT NULL REFERENCES devices (id),
  recorded_at timestamptz NOT NULL,
  value double precision NOT NULL
);
CREATE INDEX metrics_recorded_brin ON metrics USING brin (recorded_at) WITH (pages_per_range = 32);
CREATE INDEX metrics_device_idx ON metrics (device_id, recorded_at);
