CREATE TABLE authors (id int PRIMARY KEY, name text NOT NULL, bio text);
CREATE TABLE posts (
  id int PRIMARY KEY,
  author_id int NOT NULL REFERENCES authors (id),
  title varchar(120) NOT NULL,
  body text,
  published boolean NOT NULL DEFAULT false
);
CREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;
