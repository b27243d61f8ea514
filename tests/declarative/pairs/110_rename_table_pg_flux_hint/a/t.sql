CREATE TABLE tmp_orders (id int PRIMARY KEY, total numeric(10,2) NOT NULL, note text);
