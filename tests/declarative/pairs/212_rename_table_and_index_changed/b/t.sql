-- tidemark:renamed-from blog_entries
CREATE TABLE posts (id int PRIMARY KEY, slug text NOT NULL, title text NOT NULL, subtitle text);
CREATE UNIQUE INDEX posts_slug_idx ON posts (lower(slug));
