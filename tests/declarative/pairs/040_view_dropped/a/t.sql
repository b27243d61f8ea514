CREATE TABLE stock (sku text PRIMARY KEY, qty int NOT NULL);
CREATE VIEW low_stock AS SELECT sku, qty FROM stock WHERE qty < 10;
CREATE VIEW out_of_stock AS SELECT sku FROM low_stock WHERE qty = 0;
