CREATE VIEW billing.user_totals AS
  SELECT u.id AS user_id, u.email, coalesce(sum(i.amount), 0) AS total
  FROM public.users u LEFT JOIN billing.invoices i ON i.user_id = u.id
  GROUP BY u.id, u.email;
CREATE VIEW big_spenders AS SELECT user_id, email FROM billing.user_totals WHERE total > 500;
