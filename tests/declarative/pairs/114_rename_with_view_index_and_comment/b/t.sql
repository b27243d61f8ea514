-- tidemark:renamed-from item
CREATE TABLE items (
  id int PRIMARY KEY,
  title text NOT NULL,
  -- @renamed from=qty
  quantity int NOT NULL DEFAULT 0
);
CREATE INDEX item_title_idx ON items (title);
COMMENT ON COLUMN items.quantity IS 'On hand';
CREATE VIEW in_stock AS SELECT id, title FROM items WHERE quantity > 0;
