CREATE TABLE files (id int PRIMARY KEY, path text NOT NULL, ext text GENERATED ALWAYS AS (substring(path FROM '\.([^.]+)$')) STORED, size_bytes bigint);
CREATE INDEX files_ext_idx ON files (ext);
