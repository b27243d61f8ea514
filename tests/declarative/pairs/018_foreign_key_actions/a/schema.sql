CREATE TABLE authors (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE books (
  id int PRIMARY KEY,
  author_id int REFERENCES authors (id),
  editor_id int,
  title text NOT NULL
);
CREATE TABLE reviews (
  id int PRIMARY KEY,
  book_id int NOT NULL REFERENCES books (id) ON DELETE CASCADE,
  body text
);
