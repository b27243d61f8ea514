CREATE TABLE item (id int PRIMARY KEY, title text NOT NULL, qty int NOT NULL DEFAULT 0);
CREATE INDEX item_title_idx ON item (title);
COMMENT ON COLUMN item.qty IS 'On hand';
