CREATE TABLE clicks (id bigint PRIMARY KEY, ad text NOT NULL);
CREATE MATERIALIZED VIEW ad_clicks AS SELECT ad, count(*) AS n FROM clicks GROUP BY ad;
CREATE UNIQUE INDEX ad_clicks_ad_key ON ad_clicks (ad);
