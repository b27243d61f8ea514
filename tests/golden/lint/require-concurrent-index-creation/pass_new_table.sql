-- +migrate Up
CREATE TABLE tags (id int, name text);
CREATE INDEX tags_name_idx ON tags (name);

-- +migrate Down
DROP TABLE tags;
