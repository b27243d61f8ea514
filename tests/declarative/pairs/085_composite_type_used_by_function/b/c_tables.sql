CREATE TABLE line_items (order_id int NOT NULL, qty int NOT NULL, unit_price numeric(10,2) NOT NULL);
CREATE TABLE customers (id int PRIMARY KEY, billing address, shipping address);
