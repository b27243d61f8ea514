CREATE TABLE keep (id int PRIMARY KEY);
CREATE UNLOGGED TABLE cache_entries (key text PRIMARY KEY, value bytea, expires_at timestamptz);
CREATE TABLE hot_counters (id int PRIMARY KEY, n bigint NOT NULL DEFAULT 0) WITH (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.01);
