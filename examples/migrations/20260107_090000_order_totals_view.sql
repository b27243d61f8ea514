-- +migrate Up
CREATE VIEW user_order_totals AS
  SELECT u.id AS user_id, count(o.id) AS orders, coalesce(sum(o.total), 0) AS total
  FROM users u LEFT JOIN orders o ON o.user_id = u.id
  GROUP BY u.id;

-- +migrate Down
DROP VIEW user_order_totals;
