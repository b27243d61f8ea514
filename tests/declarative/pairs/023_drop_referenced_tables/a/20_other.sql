CREATE TABLE shipments (
  id int PRIMARY KEY,
  bin_id int REFERENCES bins (id),
  shipped_at timestamptz
);
CREATE TABLE carriers (id int PRIMARY KEY, name text NOT NULL);
