CREATE TABLE zz_placeholder (id int PRIMARY KEY);
