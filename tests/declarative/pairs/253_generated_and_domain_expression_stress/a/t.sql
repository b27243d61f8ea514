CREATE TABLE scores (id int PRIMARY KEY, points int, first_name text, last_name text);
