CREATE TABLE raw_prices (sku text PRIMARY KEY, cents int NOT NULL);
CREATE VIEW prices AS SELECT sku, cents / 100.0 AS amount FROM raw_prices;
