CREATE TABLE raw_prices (sku text PRIMARY KEY, cents int NOT NULL);
CREATE TABLE prices (sku text PRIMARY KEY REFERENCES raw_prices (sku), amount numeric(10,2) NOT NULL);
