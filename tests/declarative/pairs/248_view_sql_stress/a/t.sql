CREATE TABLE orders (id int PRIMARY KEY, customer text NOT NULL, amount numeric NOT NULL, status text NOT NULL, at timestamptz NOT NULL);
CREATE TABLE refunds (order_id int NOT NULL, amount numeric NOT NULL);
