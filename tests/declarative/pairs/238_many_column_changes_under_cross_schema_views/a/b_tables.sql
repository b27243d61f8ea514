CREATE SCHEMA reports;
CREATE TABLE customers (id int PRIMARY KEY, name varchar(50) NOT NULL, credit_limit int DEFAULT 0, region char(2), notes text, fax text);
