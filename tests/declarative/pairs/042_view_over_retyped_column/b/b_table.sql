CREATE TABLE products (id bigint PRIMARY KEY, name varchar(120) NOT NULL, price numeric(10,2));
