CREATE TABLE visits (id bigint PRIMARY KEY, path text NOT NULL, at timestamptz NOT NULL);
CREATE INDEX visits_at_idx ON visits (at);
CREATE VIEW recent_visits AS SELECT id, path FROM visits WHERE at > now() - interval '1 day';
CREATE FUNCTION visit_count(p text) RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM visits WHERE path = p $$;
CREATE PROCEDURE prune_visits() LANGUAGE sql AS $$ DELETE FROM visits WHERE at < now() - interval '90 days' $$;
CREATE MATERIALIZED VIEW visit_paths AS SELECT path, count(*) AS n FROM visits GROUP BY path;
CREATE SEQUENCE visit_batches;
