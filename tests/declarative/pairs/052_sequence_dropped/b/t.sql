CREATE SEQUENCE order_refs START 500;
CREATE TABLE orders (id int PRIMARY KEY, ref bigint);
