CREATE TABLE nodes (id int PRIMARY KEY, kind int NOT NULL, tags text[]);
CREATE INDEX nodes_tags_idx ON nodes USING gin (tags);
