CREATE MATERIALIZED VIEW daily_page_views AS
  SELECT page, date_trunc('day', viewed_at) AS day, count(*) AS views
  FROM page_views GROUP BY page, date_trunc('day', viewed_at);
CREATE UNIQUE INDEX daily_page_views_key ON daily_page_views (page, day);
CREATE INDEX daily_page_views_day_idx ON daily_page_views (day);
