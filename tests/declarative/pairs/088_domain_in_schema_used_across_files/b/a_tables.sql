CREATE TABLE payments (id int PRIMARY KEY, amount common.money_amount NOT NULL, currency common.currency_code NOT NULL DEFAULT 'EUR');
CREATE TABLE refunds (id int PRIMARY KEY, payment_id int NOT NULL REFERENCES payments (id), amount common.money_amount NOT NULL);
