CREATE TABLE stock (sku text PRIMARY KEY, qty int NOT NULL);
CREATE VIEW low_stock AS SELECT sku, qty FROM stock WHERE qty < 10;
