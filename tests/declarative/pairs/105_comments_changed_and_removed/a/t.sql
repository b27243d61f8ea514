CREATE TABLE shipments (id int PRIMARY KEY, carrier text, tracking text);
COMMENT ON TABLE shipments IS 'Outbound parcels';
COMMENT ON COLUMN shipments.carrier IS 'Carrier code';
COMMENT ON COLUMN shipments.tracking IS 'Tracking number';
