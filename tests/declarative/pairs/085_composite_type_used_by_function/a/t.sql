CREATE TABLE line_items (order_id int NOT NULL, qty int NOT NULL, unit_price numeric(10,2) NOT NULL);
