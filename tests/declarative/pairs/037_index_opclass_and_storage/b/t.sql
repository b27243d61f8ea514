CREATE TABLE paths (
  id int PRIMARY KEY,
  path text NOT NULL,
  name varchar(100)
);
CREATE INDEX paths_prefix_idx ON paths (path text_pattern_ops) WITH (fillfactor = 70);
CREATE INDEX paths_name_idx ON paths (name varchar_pattern_ops, id DESC);
CREATE INDEX paths_name_c_idx ON paths (name COLLATE "C");
