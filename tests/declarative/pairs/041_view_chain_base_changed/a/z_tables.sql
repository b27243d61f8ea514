CREATE TABLE charges (id int PRIMARY KEY, customer_id int NOT NULL, amount numeric(10,2) NOT NULL, paid boolean NOT NULL DEFAULT false, refunded boolean NOT NULL DEFAULT false);
