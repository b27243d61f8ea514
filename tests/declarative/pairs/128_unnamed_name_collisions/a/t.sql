CREATE TABLE readings (id int PRIMARY KEY, a int, b int);
