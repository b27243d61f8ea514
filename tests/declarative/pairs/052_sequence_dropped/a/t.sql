CREATE SEQUENCE order_refs START 500;
CREATE SEQUENCE unused_counter;
CREATE TABLE orders (id int PRIMARY KEY, ref bigint DEFAULT nextval('order_refs'));
