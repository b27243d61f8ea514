CREATE TABLE authors (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE books (
  id int PRIMARY KEY,
  author_id int REFERENCES authors (id) ON DELETE SET NULL ON UPDATE CASCADE,
  editor_id int REFERENCES authors (id) ON DELETE RESTRICT,
  title text NOT NULL
);
CREATE TABLE reviews (
  id int PRIMARY KEY,
  book_id int NOT NULL REFERENCES books (id) ON DELETE NO ACTION,
  body text
);
