CREATE TABLE items (
  id int PRIMARY KEY,
  qty integer DEFAULT 10,
  state text,
  price numeric(10,2) DEFAULT 0,
  updated_at timestamptz DEFAULT now(),
  kind text DEFAULT 'standard'
);
