CREATE TABLE shipments (
  id int PRIMARY KEY,
  shipped_at timestamptz
);
CREATE TABLE carriers (id int PRIMARY KEY, name text NOT NULL);
