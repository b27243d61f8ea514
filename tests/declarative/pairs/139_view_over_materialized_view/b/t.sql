CREATE TABLE hits (url text NOT NULL, at timestamptz NOT NULL);
CREATE MATERIALIZED VIEW url_hits AS SELECT url, count(*) AS n, max(at) AS last_hit FROM hits GROUP BY url;
CREATE VIEW popular_urls AS SELECT url, n FROM url_hits WHERE n > 100;
CREATE INDEX url_hits_n_idx ON url_hits (n);
