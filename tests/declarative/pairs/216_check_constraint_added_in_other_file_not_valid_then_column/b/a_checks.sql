ALTER TABLE vouchers ADD CONSTRAINT vouchers_value_positive CHECK (value > 0);
ALTER TABLE vouchers ADD CONSTRAINT vouchers_expiry_future CHECK (expires > '2020-01-01') NOT VALID;
ALTER TABLE vouchers ADD CONSTRAINT vouchers_code_upper CHECK (code = upper(code));
