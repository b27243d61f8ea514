CREATE DOMAIN common.money_amount AS numeric(12,2) CHECK (VALUE >= 0);
CREATE DOMAIN common.currency_code AS char(3) CHECK (VALUE ~ '^[A-Z]{3}$');
