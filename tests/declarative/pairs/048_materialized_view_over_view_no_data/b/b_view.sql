CREATE VIEW recent_readings AS SELECT sensor, at, value FROM readings WHERE at > '2024-01-01'::timestamptz;
