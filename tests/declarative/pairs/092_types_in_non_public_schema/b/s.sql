CREATE SCHEMA catalog;
CREATE TYPE catalog.item_kind AS ENUM ('physical', 'digital', 'service');
CREATE TYPE catalog.dimensions AS (w numeric, h numeric, d numeric);
CREATE DOMAIN catalog.sku AS text CHECK (length(VALUE) BETWEEN 4 AND 32);
CREATE TABLE catalog.items (
  id int PRIMARY KEY,
  name text NOT NULL,
  kind catalog.item_kind NOT NULL DEFAULT 'physical',
  size catalog.dimensions,
  sku catalog.sku UNIQUE
);
