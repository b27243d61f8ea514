CREATE TABLE billing.customers (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id uuid NOT NULL UNIQUE REFERENCES auth.users (id) ON DELETE CASCADE
);
CREATE TABLE billing.charges (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES billing.customers (id),
  amount_cents bigint NOT NULL CHECK (amount_cents > 0)
);
CREATE VIEW auth.user_charges AS
  SELECT u.email, c.amount_cents FROM auth.users u
  JOIN billing.customers bc ON bc.user_id = u.id
  JOIN billing.charges c ON c.customer_id = bc.id;
