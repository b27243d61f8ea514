CREATE TABLE clicks (id bigint PRIMARY KEY, ad text NOT NULL);
CREATE VIEW ad_clicks AS SELECT ad, count(*) AS n FROM clicks GROUP BY ad;
