COMMENT ON TABLE a1 IS 'first table';
CREATE TABLE a1 (id int PRIMARY KEY, v text);
