CREATE TABLE signups (id int PRIMARY KEY, source text, at date NOT NULL);
CREATE MATERIALIZED VIEW signups_by_source AS SELECT source, count(*) AS n FROM signups GROUP BY source;
CREATE UNIQUE INDEX signups_by_source_key ON signups_by_source (source);
COMMENT ON MATERIALIZED VIEW signups_by_source IS 'Marketing report';
COMMENT ON COLUMN signups_by_source.n IS 'Signups';
