CREATE TABLE names (
  id int PRIMARY KEY,
  sort_key text COLLATE "C" NOT NULL,
  label text,
  code varchar(10) COLLATE "POSIX"
);
CREATE INDEX names_sort_idx ON names (sort_key);
