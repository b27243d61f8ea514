CREATE SEQUENCE order_no;
CREATE DOMAIN qty AS int CHECK (VALUE > 0);
CREATE TABLE lines (id int PRIMARY KEY, n qty);
CREATE MATERIALIZED VIEW line_stats AS SELECT count(*) AS lines, sum(n) AS units FROM lines;
COMMENT ON SEQUENCE order_no IS 'Order numbers, gapless not guaranteed';
COMMENT ON DOMAIN qty IS 'A positive quantity';
COMMENT ON COLUMN line_stats.units IS 'Total units';
COMMENT ON COLUMN lines.n IS 'Units on the line';
