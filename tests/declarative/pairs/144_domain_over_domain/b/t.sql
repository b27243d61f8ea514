CREATE DOMAIN nonneg_money AS numeric(10,2) CHECK (VALUE >= 0);
CREATE DOMAIN capped_money AS nonneg_money CHECK (VALUE <= 100000);
CREATE TABLE listings (id int PRIMARY KEY, price numeric(10,2), list_price capped_money);
