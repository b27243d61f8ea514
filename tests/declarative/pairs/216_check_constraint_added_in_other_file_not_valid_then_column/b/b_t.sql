CREATE TABLE vouchers (code text PRIMARY KEY, value numeric NOT NULL, expires date);
