CREATE TABLE cust (id int PRIMARY KEY, name text NOT NULL);
CREATE VIEW customer_names AS SELECT name FROM cust;
