CREATE EXTENSION btree_gin;
CREATE EXTENSION ltree;
CREATE TABLE nodes (id int PRIMARY KEY, path ltree NOT NULL, kind int NOT NULL, tags text[]);
CREATE INDEX nodes_kind_tags_idx ON nodes USING gin (kind, tags);
CREATE INDEX nodes_path_idx ON nodes USING gist (path);
