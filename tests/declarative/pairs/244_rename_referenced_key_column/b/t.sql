CREATE TABLE authors (
  -- tidemark:renamed-from author_no
  id int PRIMARY KEY,
  name text
);
CREATE TABLE books (id int PRIMARY KEY, author_no int REFERENCES authors (id));
