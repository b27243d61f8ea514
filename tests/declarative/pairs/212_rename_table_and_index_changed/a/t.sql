CREATE TABLE blog_entries (id int PRIMARY KEY, slug text NOT NULL, title text NOT NULL);
CREATE UNIQUE INDEX blog_entries_slug_idx ON blog_entries (slug);
