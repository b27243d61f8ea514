CREATE TABLE cust (id int PRIMARY KEY, nm text NOT NULL, tel text, created timestamptz DEFAULT now());
CREATE TABLE inv (id int PRIMARY KEY, cust_id int NOT NULL REFERENCES cust (id), amt numeric(10,2));
