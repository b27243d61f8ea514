CREATE TABLE a1 (id int PRIMARY KEY, v text);
CREATE TABLE a2 (id int PRIMARY KEY, a1_id int REFERENCES a1 (id));
CREATE VIEW a_join AS SELECT a2.id, a1.v FROM a2 JOIN a1 ON a1.id = a2.a1_id;
CREATE INDEX a2_a1_idx ON a2 (a1_id);
COMMENT ON TABLE a1 IS 'first';
