CREATE INDEX a2_a1_idx ON a2 (a1_id);
CREATE TABLE a2 (id int PRIMARY KEY, a1_id int REFERENCES a1 (id));
