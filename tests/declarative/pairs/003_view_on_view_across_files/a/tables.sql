CREATE TABLE t (id int, a varchar(50));
