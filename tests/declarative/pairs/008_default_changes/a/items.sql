CREATE TABLE items (
  id int PRIMARY KEY,
  qty integer DEFAULT 1,
  state text DEFAULT 'new',
  price numeric(10,2) DEFAULT 0,
  updated_at timestamptz,
  kind varchar(20) DEFAULT 'basic'
);
