CREATE SCHEMA shop;
CREATE SCHEMA hooks;
CREATE TABLE shop.carts (id int PRIMARY KEY, items int NOT NULL DEFAULT 0, touched timestamptz);
