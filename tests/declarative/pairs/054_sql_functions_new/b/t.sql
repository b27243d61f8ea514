CREATE TABLE prices (sku text PRIMARY KEY, cents int NOT NULL);
