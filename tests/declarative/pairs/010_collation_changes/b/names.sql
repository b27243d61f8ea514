CREATE TABLE names (
  id int PRIMARY KEY,
  sort_key text COLLATE "POSIX" NOT NULL,
  label text COLLATE "C",
  code varchar(10)
);
CREATE INDEX names_sort_idx ON names (sort_key);
