COMMENT ON TABLE customers IS 'People and companies we bill';
COMMENT ON COLUMN customers.name IS 'Legal name, as on invoices';
COMMENT ON COLUMN customers.vip IS 'Gets priority support';
