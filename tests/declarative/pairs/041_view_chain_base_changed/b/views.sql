CREATE VIEW v_paid AS SELECT id, customer_id, amount FROM charges WHERE paid AND NOT refunded;
CREATE VIEW v_customer_revenue AS SELECT customer_id, sum(amount) AS revenue FROM v_paid GROUP BY customer_id;
CREATE VIEW v_top_customers AS SELECT customer_id FROM v_customer_revenue WHERE revenue > 1000;
