CREATE TABLE authors (author_no int PRIMARY KEY, name text);
CREATE TABLE books (id int PRIMARY KEY, author_no int REFERENCES authors (author_no));
