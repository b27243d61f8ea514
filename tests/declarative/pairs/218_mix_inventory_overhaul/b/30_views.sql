CREATE VIEW stock_totals AS SELECT item_id, sum(qty) AS total, sum(reserved) AS reserved FROM stock_levels GROUP BY item_id;
CREATE VIEW available_stock AS SELECT item_id, total - reserved AS available FROM stock_totals;
CREATE MATERIALIZED VIEW daily_movements AS
  SELECT date_trunc('day', at) AS day, kind, sum(delta) AS net FROM movements GROUP BY 1, 2;
CREATE UNIQUE INDEX daily_movements_key ON daily_movements (day, kind);
