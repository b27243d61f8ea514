CREATE TABLE hits (url text NOT NULL, at timestamptz NOT NULL);
CREATE MATERIALIZED VIEW url_hits AS SELECT url, count(*) AS n FROM hits GROUP BY url;
