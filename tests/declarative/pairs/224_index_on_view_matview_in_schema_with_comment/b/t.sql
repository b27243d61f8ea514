CREATE SCHEMA analytics;
CREATE TABLE events (id bigint PRIMARY KEY, name text NOT NULL, at timestamptz NOT NULL);
CREATE MATERIALIZED VIEW analytics.event_counts AS SELECT name, count(*) AS n FROM public.events GROUP BY name;
CREATE UNIQUE INDEX event_counts_name_key ON analytics.event_counts (name);
CREATE INDEX event_counts_n_hash ON analytics.event_counts USING hash (n);
COMMENT ON INDEX analytics.event_counts_name_key IS 'Needed for REFRESH CONCURRENTLY';
