CREATE TABLE shipments (
  id int PRIMARY KEY,
  carrier text,
  service text,
  FOREIGN KEY (carrier, service) REFERENCES services (carrier, code) MATCH FULL ON DELETE SET NULL
);
