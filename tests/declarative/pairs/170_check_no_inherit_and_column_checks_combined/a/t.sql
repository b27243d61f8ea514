CREATE TABLE measurements (id int PRIMARY KEY, celsius numeric, kelvin numeric);
