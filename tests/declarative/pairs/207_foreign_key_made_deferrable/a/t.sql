CREATE TABLE nodes (id int PRIMARY KEY, next_id int CONSTRAINT nodes_next_fk REFERENCES nodes (id));
