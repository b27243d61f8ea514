CREATE FUNCTION order_summary(p_order int) RETURNS order_total LANGUAGE sql STABLE AS $$
  SELECT count(*)::int, coalesce(sum(qty * unit_price), 0)::numeric(12,2)
  FROM line_items WHERE order_id = p_order
$$;
