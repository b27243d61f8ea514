CREATE TABLE authors (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE posts (
  id int PRIMARY KEY,
  author_id int NOT NULL REFERENCES authors (id) ON DELETE CASCADE,
  title varchar(200) NOT NULL,
  body text,
  published_at timestamptz,
  search tsvector
);
CREATE INDEX posts_search_idx ON posts USING gin (search);
CREATE INDEX posts_published_idx ON posts (published_at DESC) WHERE published_at IS NOT NULL;
CREATE TRIGGER posts_search BEFORE INSERT OR UPDATE OF title, body ON posts
  FOR EACH ROW EXECUTE FUNCTION posts_search_vector();
CREATE TABLE tags (id int PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE post_tags (
  post_id int NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  tag_id int NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (post_id, tag_id)
);
