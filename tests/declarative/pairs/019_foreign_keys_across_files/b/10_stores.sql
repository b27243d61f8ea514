CREATE TABLE stores (
  id int PRIMARY KEY,
  region_code text NOT NULL REFERENCES regions (code),
  manager_id int
);
