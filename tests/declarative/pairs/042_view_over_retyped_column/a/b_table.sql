CREATE TABLE products (id int PRIMARY KEY, name varchar(40) NOT NULL, price int);
