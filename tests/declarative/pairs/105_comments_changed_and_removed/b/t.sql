CREATE TABLE shipments (id int PRIMARY KEY, carrier text, tracking text);
COMMENT ON TABLE shipments IS 'Outbound and return parcels';
COMMENT ON COLUMN shipments.carrier IS 'Carrier code (UPS, DHL, ...)';
