CREATE TABLE categories (
  id int PRIMARY KEY,
  parent_id int,
  name text NOT NULL
);
CREATE TABLE links (
  id int PRIMARY KEY,
  category_id int REFERENCES categories (id)
);
