-- tidemark:renamed-from cust
CREATE TABLE customers (
  id int PRIMARY KEY,
  name text NOT NULL, -- @renamed from=nm
  -- tidemark:renamed-from tel
  phone text,
  created timestamptz DEFAULT now()
);
