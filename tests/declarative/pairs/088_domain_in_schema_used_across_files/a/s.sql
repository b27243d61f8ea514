CREATE SCHEMA common;
CREATE TABLE payments (id int PRIMARY KEY, amount numeric(12,2) NOT NULL);
