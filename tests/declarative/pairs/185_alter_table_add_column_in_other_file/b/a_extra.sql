ALTER TABLE articles ADD COLUMN slug text;
ALTER TABLE articles ADD CONSTRAINT articles_slug_key UNIQUE (slug);
ALTER TABLE articles ALTER COLUMN title SET DEFAULT 'Untitled';
