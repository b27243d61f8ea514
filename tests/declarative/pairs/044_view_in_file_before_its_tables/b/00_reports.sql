CREATE VIEW order_report AS
  SELECT o.id, c.name AS customer, o.total
  FROM orders o JOIN customers c ON c.id = o.customer_id;
