CREATE TABLE handles (id int PRIMARY KEY, name text NOT NULL, tag varchar(40));
CREATE UNIQUE INDEX handles_name_lower_key ON handles (lower(name));
CREATE INDEX handles_tag_partial_idx ON handles (tag) WHERE tag IS NOT NULL;
