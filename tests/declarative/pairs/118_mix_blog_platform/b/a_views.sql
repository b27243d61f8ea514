CREATE VIEW published_posts AS
  SELECT p.id, p.title, a.name AS author, p.published_at
  FROM posts p JOIN authors a ON a.id = p.author_id
  WHERE p.published_at IS NOT NULL;
CREATE MATERIALIZED VIEW tag_counts AS
  SELECT t.name, count(*) AS posts FROM post_tags pt JOIN tags t ON t.id = pt.tag_id GROUP BY t.name;
CREATE UNIQUE INDEX tag_counts_name_key ON tag_counts (name);
