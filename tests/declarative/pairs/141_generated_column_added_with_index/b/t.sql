CREATE TABLE products (
  id int PRIMARY KEY,
  name text NOT NULL,
  description text,
  search tsvector GENERATED ALWAYS AS (to_tsvector('simple', name || ' ' || coalesce(description, ''))) STORED
);
CREATE INDEX products_search_idx ON products USING gin (search);
