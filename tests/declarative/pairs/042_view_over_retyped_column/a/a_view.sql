CREATE VIEW product_names AS SELECT id, upper(name) AS name_upper, name FROM products;
CREATE VIEW product_name_lengths AS SELECT id, length(name) AS len FROM product_names;
