CREATE TABLE products (
  id int PRIMARY KEY,
  name text NOT NULL,
  brand_id int REFERENCES brands (id) ON DELETE SET NULL,
  category_id int NOT NULL DEFAULT 1 REFERENCES categories (id)
);
CREATE INDEX products_brand_idx ON products (brand_id);
