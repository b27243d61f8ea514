CREATE SEQUENCE order_no;
CREATE DOMAIN qty AS int CHECK (VALUE > 0);
CREATE TABLE lines (id int PRIMARY KEY, n qty);
CREATE MATERIALIZED VIEW line_stats AS SELECT count(*) AS lines, sum(n) AS units FROM lines;
COMMENT ON SEQUENCE order_no IS 'old';
