-- +migrate Up
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');
CREATE TABLE orders (
  id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id  bigint NOT NULL REFERENCES users (id),
  status   order_status,
  total    numeric(12, 2) NOT NULL CHECK (total >= 0),
  -- a semicolon inside a string does not end the statement
  note     text DEFAULT 'n/a; none'
);
CREATE FUNCTION order_total_with_tax(o orders) RETURNS numeric
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN o.total * 1.25;  -- 25% VAT
END;
$$;

-- +migrate Down
DROP FUNCTION order_total_with_tax(orders);
DROP TABLE orders;
DROP TYPE order_status;
