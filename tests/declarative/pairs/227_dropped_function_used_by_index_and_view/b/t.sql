CREATE TABLE tags (id int PRIMARY KEY, label text NOT NULL);
CREATE UNIQUE INDEX tags_lower_key ON tags (lower(label));
