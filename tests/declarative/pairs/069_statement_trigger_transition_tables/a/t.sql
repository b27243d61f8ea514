CREATE TABLE inventory (sku text PRIMARY KEY, qty int NOT NULL);
CREATE TABLE inventory_audit (changed int NOT NULL, at timestamptz NOT NULL DEFAULT now());
