CREATE EXTENSION IF NOT EXISTS hstore;
CREATE TABLE products (id int PRIMARY KEY, name text NOT NULL, attributes hstore NOT NULL DEFAULT ''::hstore);
CREATE INDEX products_attributes_idx ON products USING gin (attributes);
