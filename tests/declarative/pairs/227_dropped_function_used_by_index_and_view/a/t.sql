CREATE FUNCTION norm(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim(t)) $$;
CREATE TABLE tags (id int PRIMARY KEY, label text NOT NULL);
CREATE UNIQUE INDEX tags_norm_key ON tags (norm(label));
CREATE VIEW tag_labels AS SELECT id, norm(label) AS label FROM tags;
