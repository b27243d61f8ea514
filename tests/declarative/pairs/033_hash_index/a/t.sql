CREATE TABLE short_links (
  slug text PRIMARY KEY,
  target_url text NOT NULL,
  owner text
);
