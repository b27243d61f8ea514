-- history
CREATE TABLE a (id int PRIMARY KEY, b_id int);
CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);
ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b;
-- up
DROP TABLE a, b;
-- expected
-- unknown: the dropped objects refer to each other in a cycle; write the Down by hand
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: the dropped objects refer to each other in a cycle; write the Down by hand
